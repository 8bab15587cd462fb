/**
 * Once per run: decides whether API tests also run against PostgreSQL, and prepares what every
 * test file copies instead of building it again (migrations and reference data take seconds per
 * database on a loaded machine, and there are dozens of files):
 * - a PGlite data directory, migrated and seeded, dumped to a file that each file loads;
 * - on PostgreSQL, a migrated and seeded template database; each file creates its own database
 *   with `CREATE DATABASE … TEMPLATE` and drops it afterwards.
 * PostgreSQL is used when one answers at PRIMA_TEST_PG_URL (default: 127.0.0.1:5432, trust auth),
 * unless PRIMA_TEST_PG=off.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/server/db/client";
import { prepareDatabase } from "../src/server/start";
import { dropTestDatabase, testDatabaseUrl } from "./testDatabases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string | null;
    postgresTemplate: string | null;
    pgliteSnapshot: string;
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function preparePgliteSnapshot(dir: string): Promise<string> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  try {
    await prepareDatabase(database, { demo: false });
    const client = (database.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("none");
    const file = path.join(dir, "pglite-migrated.tar");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await database.close();
  }
}

async function preparePostgresTemplate(adminUrl: string): Promise<string> {
  const name = `prima_test_template_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: "postgres", url: testDatabaseUrl(adminUrl, name) });
  try {
    await prepareDatabase(database, { demo: false });
  } finally {
    await database.close();
  }
  return name;
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.PRIMA_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const off = process.env.PRIMA_TEST_PG === "off";
  const available = !off && (await postgresAnswers(adminUrl));
  console.log(
    off
      ? "API tests run on PGlite only: PostgreSQL tests off (PRIMA_TEST_PG=off)"
      : available
        ? `API tests run on PGlite and on PostgreSQL (${new URL(adminUrl).host}; prima_test_* databases, dropped afterwards)`
        : `API tests run on PGlite only: no PostgreSQL answers at ${new URL(adminUrl).host} (set PRIMA_TEST_PG_URL, or PRIMA_TEST_PG=off)`,
  );
  const dir = await mkdtemp(path.join(tmpdir(), "prima-test-run-"));
  const [snapshot, template] = await Promise.all([
    preparePgliteSnapshot(dir),
    available ? preparePostgresTemplate(adminUrl) : Promise.resolve(null),
  ]);
  project.provide("postgresAdminUrl", available ? adminUrl : null);
  project.provide("postgresTemplate", template);
  project.provide("pgliteSnapshot", snapshot);
  return async () => {
    if (template) await dropTestDatabase(adminUrl, template);
    await rm(dir, { recursive: true, force: true });
  };
}

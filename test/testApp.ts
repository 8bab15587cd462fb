/**
 * A real server for API tests: a fresh database (in-memory PGlite, or a new PostgreSQL database
 * dropped afterwards), migrations and reference data, and the Fastify app driven with inject().
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/config";
import type { AppContext } from "../src/server/context";
import { type Database, type DatabaseKind, openDatabase } from "../src/server/db/client";
import { createContext, prepareDatabase } from "../src/server/start";

/** The databases every API test file runs against. */
export function databaseKinds(): DatabaseKind[] {
  return inject("postgresAdminUrl") ? ["pglite", "postgres"] : ["pglite"];
}

async function openFreshDatabase(
  kind: DatabaseKind,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    return { database, drop: async () => {} };
  }
  const adminUrl = inject("postgresAdminUrl");
  if (!adminUrl) throw new Error("PostgreSQL is not available");
  const name = `prima_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    database,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      // pool.end() resolves before its sockets are closed; dropping a database with a
      // connection still closing makes the server kill it, which the pool reports as an error.
      for (let i = 0; i < 40; i++) {
        const { rows } = await dropper.query(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  database: Database;
  clock: { now: Date };
  dataDir: string;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const { database, drop } = await openFreshDatabase(kind);
  await prepareDatabase(database, { demo: false });
  // Filed documents go to a directory of this test's own.
  const dataDir = await mkdtemp(path.join(tmpdir(), "prima-test-"));
  const config = loadConfig({
    LOG_LEVEL: "silent",
    LOGIN_RATE_LIMIT: "10000",
    PRIMA_DEMO: "false",
    DATA_DIR: dataDir,
    ...env,
  });
  const clock = { now: new Date("2026-03-02T09:00:00Z") };
  const ctx = await createContext(config, database, () => clock.now);
  const app = await buildApp(ctx, { logger: false });
  return {
    app,
    database,
    clock,
    dataDir,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

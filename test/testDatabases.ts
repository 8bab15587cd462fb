/**
 * Fresh databases for tests, copied from what the run's global setup prepared once: PGlite loads
 * a migrated data directory; PostgreSQL creates `prima_test_*` from a migrated template database.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { type Database, type DatabaseKind, openDatabase } from "../src/server/db/client";

export function testDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Creates `prima_test_…` as a copy of the template (or empty without one) and returns its name. */
export async function createTestDatabase(adminUrl: string, template: string | null): Promise<string> {
  const name = `prima_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  // Two files copying the template at the same instant can see each other's copy as a session on
  // it (SQLSTATE 55006); the copy is then simply tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(
        adminUrl,
        template ? `create database ${name} template ${template}` : `create database ${name}`,
      );
      return name;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: adminUrl });
  await dropper.connect();
  try {
    // pool.end() resolves before its sockets are closed; dropping a database with a connection
    // still closing makes the server kill it, which the pool reports as an error.
    for (let i = 0; i < 40; i++) {
      const { rows } = await dropper.query(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await dropper.query(`drop database if exists ${name} with (force)`);
  } finally {
    await dropper.end();
  }
}

export interface Prepared {
  postgresAdminUrl: string | null;
  postgresTemplate: string | null;
  pgliteSnapshot: string;
}

/** A migrated database with reference data, of this test's own; drop() removes it. */
export async function openTestDatabase(
  kind: DatabaseKind,
  prepared: Prepared,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const snapshot = new Blob([await readFile(prepared.pgliteSnapshot)]);
    const database = await openDatabase({ kind: "pglite", dataDir: null, snapshot });
    return { database, drop: async () => {} };
  }
  const adminUrl = prepared.postgresAdminUrl;
  if (!adminUrl) throw new Error("PostgreSQL is not available");
  const name = await createTestDatabase(adminUrl, prepared.postgresTemplate);
  const database = await openDatabase({ kind: "postgres", url: testDatabaseUrl(adminUrl, name) });
  return { database, drop: () => dropTestDatabase(adminUrl, name) };
}

/**
 * A real server for API tests: a fresh database (in-memory PGlite, or a new PostgreSQL database
 * dropped afterwards) copied from the run's migrated one, and the Fastify app driven with inject().
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/config";
import type { AppContext } from "../src/server/context";
import type { Database, DatabaseKind } from "../src/server/db/client";
import { createContext } from "../src/server/start";
import { openTestDatabase } from "./testDatabases";

/** The databases every API test file runs against. */
export function databaseKinds(): DatabaseKind[] {
  return inject("postgresAdminUrl") ? ["pglite", "postgres"] : ["pglite"];
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
  const { database, drop } = await openTestDatabase(kind, {
    postgresAdminUrl: inject("postgresAdminUrl"),
    postgresTemplate: inject("postgresTemplate"),
    pgliteSnapshot: inject("pgliteSnapshot"),
  });
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

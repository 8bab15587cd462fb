/**
 * Brings a server's dependencies up in order: database, migrations (under a lock, so several
 * instances starting together do not race), reference data, session secret.
 */
import { readFileSync } from "node:fs";
import { count, sql } from "drizzle-orm";
import { hashPassword } from "./auth/passwords";
import { resolveSessionSecret } from "./auth/sessions";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type Database, type Db, openDatabase } from "./db/client";
import { projects } from "./db/schema";
import { seedDemoData } from "./db/seed/demo";
import { seedReferenceData } from "./db/seed/seedReferenceData";

export const DEMO_PASSWORD = "prima-demo";
const MIGRATION_LOCK = 4_242_001;

export const VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: "postgres", url: config.databaseUrl })
    : openDatabase({ kind: "pglite", dataDir: `${config.dataDir}/pglite` });
}

export async function migrateAndSeedReference(database: Database): Promise<void> {
  await database.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await database.migrate();
    await seedReferenceData(database.db);
  } finally {
    await database.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}

export async function hasProjects(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(projects);
  return (row?.n ?? 0) > 0;
}

/** Seeds the demo portfolio and accounts unless the database already holds projects. */
export async function seedDemoIfEmpty(db: Db): Promise<{ seeded: boolean; projects: number }> {
  if (await hasProjects(db)) return { seeded: false, projects: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result = await db.transaction((tx) => seedDemoData(tx, { passwordHash }));
  return { seeded: true, projects: result.projects };
}

export async function createContext(config: Config, database: Database, now: () => Date = () => new Date()): Promise<AppContext> {
  return {
    config,
    db: database.db,
    dbKind: database.kind,
    now,
    sessionSecret: await resolveSessionSecret(database.db, config.sessionSecret),
    version: VERSION,
  };
}

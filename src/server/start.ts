/**
 * Brings a server's dependencies up in order: database, migrations (under a lock, so several
 * instances starting together do not race), reference data, session secret.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { resolveSessionSecret } from "./auth/sessions";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type Database, openDatabase } from "./db/client";
import { seedReferenceData } from "./db/seed/seedReferenceData";

const MIGRATION_LOCK = 4_242_001;

export const VERSION: string = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;

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

export async function createContext(
  config: Config,
  database: Database,
  now: () => Date = () => new Date(),
): Promise<AppContext> {
  return {
    config,
    db: database.db,
    dbKind: database.kind,
    now,
    sessionSecret: await resolveSessionSecret(database.db, config.sessionSecret),
    version: VERSION,
  };
}

import { loadConfig } from "../server/config";
import { createDatabaseIfMissing } from "../server/db/client";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";

export async function migrateCommand(_args: string[]) {
  const config = loadConfig();
  // Only migrate creates a missing database: a mistyped DATABASE_URL given to `serve` must fail
  // loudly, not start an empty PRIMA.
  if (config.databaseUrl && (await createDatabaseIfMissing(config.databaseUrl))) {
    console.log(`Created the database ${new URL(config.databaseUrl).pathname.slice(1)}.`);
  }
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    console.log(`Migrations applied and reference data loaded (${database.kind}).`);
  } finally {
    await database.close();
  }
}

import { loadConfig } from "../server/config";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";

export async function migrateCommand(_args: string[]) {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    console.log(`Migrations applied and reference data loaded (${database.kind}).`);
  } finally {
    await database.close();
  }
}

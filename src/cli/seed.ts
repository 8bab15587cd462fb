import { parseArgs } from "node:util";
import { loadConfig } from "../server/config";
import { seedDemoIfEmpty } from "../server/demo";
import { migrateAndSeedReference, openConfiguredDatabase } from "../server/start";
import { UsageError } from "./usageError";

export async function seedCommand(args: string[]) {
  let values: { demo?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { demo: { type: "boolean" } } }));
  } catch (error) {
    throw new UsageError(`prima seed: ${(error as Error).message}`);
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateAndSeedReference(database);
    console.log("Reference data loaded.");
    if (values.demo) {
      const result = await seedDemoIfEmpty(database.db);
      console.log(
        result.seeded
          ? `Demo data seeded: ${result.projects} projects and the demo accounts.`
          : "The database already holds projects: demo data not added.",
      );
    }
  } finally {
    await database.close();
  }
}

import { parseArgs } from "node:util";
import { loadConfig } from "../server/config";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";
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
    const demo = await prepareDatabase(database, { demo: values.demo === true });
    console.log("Reference data loaded.");
    if (demo) {
      console.log(
        demo.seeded
          ? `Demo data seeded: ${demo.projects} projects and the demo accounts.`
          : "The database already holds projects: demo data not added.",
      );
    }
  } finally {
    await database.close();
  }
}

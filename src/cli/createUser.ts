import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { loadConfig } from "../server/config";
import { createUser } from "../server/services/createUser";
import { migrateAndSeedReference, openConfiguredDatabase } from "../server/start";
import { UsageError } from "./usageError";

export async function createUserCommand(args: string[]) {
  let values: { email?: string; role?: string; region?: string; name?: string; password?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        region: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
      },
    }));
  } catch (error) {
    throw new UsageError(`prima create-user: ${(error as Error).message}`);
  }
  if (!values.email || !values.role)
    throw new UsageError("prima create-user: --email and --role are required");
  const password = values.password ?? randomBytes(12).toString("base64url");
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateAndSeedReference(database);
    const result = await createUser(database.db, {
      email: values.email,
      role: values.role,
      region: values.region ?? null,
      name: values.name ?? values.email.split("@")[0] ?? values.email,
      password,
    });
    if (!result.ok) {
      throw new UsageError(
        `prima create-user: ${result.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`,
      );
    }
    console.log(
      `Created ${result.user.role} ${result.user.email}${result.user.region ? ` (region ${result.user.region})` : ""}.`,
    );
    if (!values.password) console.log(`Password: ${password}`);
  } finally {
    await database.close();
  }
}

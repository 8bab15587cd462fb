import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { Invalid } from "../domain/errors";
import { loadConfig } from "../server/config";
import { createUser } from "../server/services/users/createUser";
import { openConfiguredDatabase, prepareDatabase } from "../server/start";
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
  // PRIMA_PASSWORD keeps the password out of the process list and shell history.
  const given = values.password ?? process.env.PRIMA_PASSWORD;
  const password = given ?? randomBytes(12).toString("base64url");
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    const input = {
      email: values.email,
      role: values.role,
      region: values.region ?? null,
      name: values.name ?? values.email.split("@")[0] ?? values.email,
      password,
    };
    const user = await createUser(database.db, null, input, new Date()).catch((error: unknown) => {
      if (!(error instanceof Invalid)) throw error;
      throw new UsageError(
        `prima create-user: ${error.fields.map((e) => `${e.field}: ${e.message}`).join("; ")}`,
      );
    });
    console.log(`Created ${user.role} ${user.email}${user.region ? ` (region ${user.region})` : ""}.`);
    if (!given) console.log(`Password: ${password}`);
  } finally {
    await database.close();
  }
}

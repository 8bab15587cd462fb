/**
 * The OpenAPI document of the API, without a database behind it: the routes' zod schemas are
 * all it is made of. The web app's API types are generated from it (npm run api:types).
 */
import { buildApp } from "./app";
import { loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { createContext } from "./start";

export async function describeApi(): Promise<ReturnType<Awaited<ReturnType<typeof buildApp>>["swagger"]>> {
  // An empty in-memory database: building the app asks it nothing, given a session secret.
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  try {
    const config = loadConfig({ LOG_LEVEL: "silent", PRIMA_DEMO: "false", SESSION_SECRET: "d".repeat(32) });
    const app = await buildApp(await createContext(config, database), { logger: false });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}

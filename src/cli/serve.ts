import { buildApp } from "../server/app";
import { loadConfig } from "../server/config";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../server/demo";
import { createContext, migrateAndSeedReference, openConfiguredDatabase } from "../server/start";

export const DEMO_ACCOUNTS = [
  ["pm@example.org", "project manager"],
  ["alt.pm@example.org", "alternate project manager"],
  ["reviewer@example.org", "regional reviewer"],
  ["fund@example.org", "fund manager"],
  ["viewer@example.org", "viewer"],
  ["admin@example.org", "administrator"],
] as const;

export async function serveCommand(_args: string[]) {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await migrateAndSeedReference(database);
  const demo = config.demo ? await seedDemoIfEmpty(database.db) : null;
  const ctx = await createContext(config, database);
  const app = await buildApp(ctx);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  const lines = [
    "",
    `PRIMA ${ctx.version} is running at ${config.publicUrl}`,
    `Database: ${database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}/pglite` : "PostgreSQL (DATABASE_URL)"}`,
  ];
  if (demo?.seeded) lines.push(`Demo data: ${demo.projects} projects seeded.`);
  if (config.demo) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const [email, role] of DEMO_ACCOUNTS) lines.push(`  ${email.padEnd(24)} ${role}`);
  }
  console.log(`${lines.join("\n")}\n`);
}

import { existsSync } from "node:fs";
import { buildApp, WEB_ROOT } from "../server/app";
import { loadConfig } from "../server/config";
import { DEMO_PASSWORD } from "../server/demo";
import { uploadTempDir } from "../server/files/documentStore";
import { removeUploadLeftovers } from "../server/files/uploadLeftovers";
import { createFigureCompaction } from "../server/jobs/figureCompaction";
import { createReminderScheduler } from "../server/jobs/scheduler";
import { hasUsers } from "../server/services/users/hasUsers";
import { createContext, openConfiguredDatabase, prepareDatabase } from "../server/start";

export const DEMO_ACCOUNTS = [
  ["pm@example.org", "project manager"],
  ["alt.pm@example.org", "alternate project manager"],
  ["reviewer@example.org", "regional reviewer"],
  ["fund@example.org", "fund manager"],
  ["viewer@example.org", "viewer"],
  ["admin@example.org", "administrator"],
] as const;

/** How long in-flight requests get to finish on shutdown before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function serveCommand(_args: string[]) {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  try {
    const demo = await prepareDatabase(database, { demo: config.demo });
    const ctx = await createContext(config, database);
    const leftovers = await removeUploadLeftovers(uploadTempDir(config.dataDir), {
      exclusive: database.kind === "pglite",
    });
    app = await buildApp(ctx);
    // From here on, a database that goes away and comes back is said once each in the log.
    database.status.logTo(app.log);
    const reminders = createReminderScheduler(ctx, app.log);
    // Before the outbox sender and the database close: a run in progress ends its report first.
    app.addHook("preClose", () => reminders.stop());
    const compaction = createFigureCompaction(ctx, app.log);
    app.addHook("preClose", () => compaction.stop());
    installShutdown(async () => {
      await app?.close();
      await database.close();
    });
    await app.listen({ port: config.port, host: config.host });
    reminders.start();
    compaction.start();
    ctx.webhooks.start();
    const lines = [
      "",
      `PRIMA ${ctx.version} is running at ${config.publicUrl}`,
      `Database: ${database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}/pglite` : "PostgreSQL (DATABASE_URL)"}`,
    ];
    if (ctx.readReplica) {
      lines.push(
        "Read replica: dashboards, analysis, search, exports and lists read from DATABASE_READ_URL.",
      );
    } else if (config.databaseReadUrl) {
      lines.push(
        "Read replica: DATABASE_READ_URL ignored: it needs DATABASE_URL (PostgreSQL), not the embedded database.",
      );
      app.log.warn(
        "DATABASE_READ_URL is ignored on the embedded database: set DATABASE_URL to use a read replica",
      );
    }
    if (demo?.seeded) lines.push(`Demo data: ${demo.projects} projects seeded.`);
    if (leftovers > 0) lines.push(`Uploads: removed ${leftovers} unfinished upload(s) of a stopped server.`);
    if (config.clockStart) lines.push(`Clock: started at ${config.clockStart.toISOString()} (PRIMA_CLOCK).`);
    lines.push(
      config.reminderIntervalMinutes > 0
        ? `Reminders: a run now, then every ${config.reminderIntervalMinutes} minutes${config.smtpUrl ? "" : " (in the app only: SMTP_URL is not set)"}.`
        : "Reminders: off (REMINDER_INTERVAL_MINUTES=0); run `prima remind` to send them.",
    );
    if (!existsSync(`${WEB_ROOT}/index.html`)) {
      lines.push("The web app is not built: run `npm run build` (the API works meanwhile).");
    }
    if (!(await hasUsers(database.db))) {
      lines.push(
        "No accounts yet. Create an administrator with:",
        "  PRIMA_PASSWORD='…' npx prima create-user --email you@example.org --role admin --name \"Your Name\"",
        config.demo ? "" : "(Demo accounts are seeded only with PRIMA_DEMO=true or `prima seed --demo`.)",
      );
    }
    if (config.demo) {
      lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const [email, role] of DEMO_ACCOUNTS) lines.push(`  ${email.padEnd(24)} ${role}`);
    }
    console.log(`${lines.join("\n")}\n`);
  } catch (error) {
    // Close the embedded database cleanly, or its files may need recovery at the next start.
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

function installShutdown(close: () => Promise<void>) {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      console.error(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    setTimeout(() => {
      console.error("Shutdown took too long: exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    close().then(
      () => process.exit(0),
      (error) => {
        console.error("Error while shutting down:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

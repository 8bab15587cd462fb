/**
 * Brings a server's dependencies up in order: database, migrations, reference data and demo data
 * (under a lock, so several instances starting together do not race), session secret.
 */
import { readFileSync } from "node:fs";
import { resolveSessionSecret } from "./auth/sessions";
import type { Config } from "./config";
import type { AppContext } from "./context";
import { type Database, openDatabase, openReadDatabase } from "./db/client";
import { ReadReplica } from "./db/readReplica";
import { seedReferenceData } from "./db/seed/seedReferenceData";
import { seedDemoIfEmpty } from "./demo";
import { createMailSender, NO_MAIL } from "./mail/sender";
import { createWebhookSender } from "./webhooks/sender";

export const VERSION: string = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: "postgres", url: config.databaseUrl })
    : openDatabase({ kind: "pglite", dataDir: `${config.dataDir}/pglite` });
}

/**
 * The read replica DATABASE_READ_URL names, or null: none is set, or the primary is the embedded
 * database (`prima serve` says at start that it is then ignored). Opening does not connect: a
 * replica that is down sends the reads to the primary until it answers.
 */
export function openConfiguredReplica(config: Config, database: Database): ReadReplica | null {
  if (!config.databaseReadUrl || database.kind !== "postgres") return null;
  const maxWaitMs = config.readReplicaMaxWaitMs;
  return new ReadReplica(database.db, openReadDatabase(config.databaseReadUrl, Math.max(maxWaitMs, 1_000)), {
    maxWaitMs,
    secureCookie: config.publicUrl.startsWith("https:"),
  });
}

/**
 * Brings the schema and reference data up to date and, when asked, seeds the demo portfolio into
 * an empty database, all under the installation-wide lock.
 */
export function prepareDatabase(database: Database, options: { demo: boolean }) {
  return database.exclusive(async () => {
    await database.migrate();
    await seedReferenceData(database.db);
    return options.demo ? seedDemoIfEmpty(database.db) : null;
  });
}

/**
 * The server's clock: the real one, or one that starts at `start` and runs on from there at the
 * real pace (PRIMA_CLOCK: tests, demos and training sessions set "today" this way).
 */
export function clockStartingAt(start: Date | null, realNow: () => number = Date.now): () => Date {
  if (!start) return () => new Date(realNow());
  const offset = start.getTime() - realNow();
  return () => new Date(realNow() + offset);
}

export async function createContext(
  config: Config,
  database: Database,
  now: () => Date = clockStartingAt(config.clockStart),
): Promise<AppContext> {
  return {
    config,
    db: database.db,
    dbKind: database.kind,
    dbStatus: database.status,
    readReplica: openConfiguredReplica(config, database),
    now,
    sessionSecret: await resolveSessionSecret(database.db, config.sessionSecret),
    version: VERSION,
    mail: config.smtpUrl
      ? createMailSender({
          db: database.db,
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          now,
          status: database.status,
        })
      : NO_MAIL,
    webhooks: createWebhookSender({ db: database.db, now, status: database.status }),
  };
}

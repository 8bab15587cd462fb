/**
 * `prima remind [--now <ISO date-time>]`: one reminder run and the day's notice digests (once
 * their hour has come), then the outbox delivered, then exit.
 * For a cron job instead of the server's scheduler, and for tests and demos at a chosen date.
 * Safe to run while servers run and twice at once: the run is idempotent (jobs/reminders.ts).
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../server/config";
import { databaseFailure, rootMessage } from "../server/db/failures";
import { digestRunContext, runDigests } from "../server/jobs/digests";
import { reminderRunContext, runReminders } from "../server/jobs/reminders";
import { createContext, openConfiguredDatabase, prepareDatabase } from "../server/start";
import { UsageError } from "./usageError";

export async function remindCommand(args: string[]) {
  let values: { now?: string };
  try {
    ({ values } = parseArgs({ args, options: { now: { type: "string" } } }));
  } catch (error) {
    throw new UsageError(`prima remind: ${(error as Error).message}`);
  }
  const config = loadRemindConfig(values.now);
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, { demo: false });
    // The clock starts at --now (else PRIMA_CLOCK, else the real time) and runs on.
    const ctx = await createContext(config, database);
    try {
      const started = performance.now();
      const run = await whileReachable(() => runReminders(reminderRunContext(ctx)));
      const digests = await whileReachable(() => runDigests(digestRunContext(ctx)));
      const ran = performance.now();
      console.log(
        `Reminders for ${run.today}: ${run.queued} queued, in ${seconds(ran - started)} (${run.reports} report${run.reports === 1 ? " has" : "s have"} reached a reminder step; a step already reminded of is not repeated).`,
      );
      if (digests.day !== null && config.smtpUrl !== null)
        console.log(`Notice digests for ${digests.day}: ${digests.sent} queued (one per person per day).`);
      if (config.smtpUrl === null) {
        console.log("E-mail is off (SMTP_URL is not set): the reminders are in the app only.");
        return;
      }
      const delivered = await ctx.mail.flush();
      console.log(
        `E-mail: ${delivered.sent} sent${delivered.failed > 0 ? `, ${delivered.failed} not delivered yet (kept in the outbox and retried)` : ""}, in ${seconds(performance.now() - ran)}.`,
      );
    } finally {
      await ctx.mail.close();
    }
  } finally {
    await database.close();
  }
}

/** How long `prima remind` waits for a database that went away during its run. */
const RETRY_FOR_MS = 120_000;
const RETRY_DELAYS_MS = [5_000, 10_000, 20_000, 30_000];

/** The run's database failed for good: exit 75 (EX_TEMPFAIL), so cron or an operator runs it later. */
export class RemindLater extends Error {
  readonly exitCode = 75;
}

/**
 * Runs the reminder run again while the database cannot be reached (a restart, a failover): the
 * run is idempotent, so what an interrupted attempt committed is not repeated. Says so once.
 */
async function whileReachable<T>(run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + RETRY_FOR_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await run();
      if (attempt > 0) console.log("The database answers again.");
      return result;
    } catch (error) {
      if (databaseFailure(error) !== "unreachable") throw error;
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
      if (Date.now() + delay > deadline) {
        throw new RemindLater(
          "The database could not be reached: the reminders committed so far stay, none is repeated; run `prima remind` again later.",
        );
      }
      if (attempt === 0) {
        console.error(
          `The database cannot be reached (${rootMessage(error)}); trying again for up to ${RETRY_FOR_MS / 60_000} minutes.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** --now is read as PRIMA_CLOCK is, with the same checks; a bad one is named as --now. */
function loadRemindConfig(now: string | undefined) {
  if (now === undefined) return loadConfig();
  try {
    return loadConfig({ ...process.env, PRIMA_CLOCK: now });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(error.problems.map((problem) => problem.replace(/^PRIMA_CLOCK:/, "--now:")));
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The reminder scheduler inside the server: a reminder run right after the server starts (so a
 * restarted server at once finishes what a stopped or crashed one left), then every
 * REMINDER_INTERVAL_MINUTES, each followed by the day's notice digests once their hour has come
 * (digests.ts) and by delivery of the outbox. One run at a time in a
 * process; several processes may run at once, as the run itself is idempotent (reminders.ts).
 */
import type { FastifyBaseLogger } from "fastify";
import type { AppContext } from "../context";
import { databaseFailure } from "../db/failures";
import { digestRunContext, runDigests } from "./digests";
import { type ReminderRun, reminderRunContext, runReminders } from "./reminders";

/**
 * After a run the database refused, the next one comes sooner than the interval: first after
 * this long, then twice as long each time, never later than the interval itself.
 */
const FIRST_RETRY_MS = 5_000;

export interface ReminderScheduler {
  /** Starts the timer: a first run at once, then one per interval. Nothing when the interval is 0. */
  start(): void;
  /** A run now, or the one already under way (never two at once); null once stopped. */
  runNow(): Promise<ReminderRun | null>;
  /** Stops the timer, asks a run in progress to stop after its current report, and waits for it. */
  stop(): Promise<void>;
}

export function createReminderScheduler(
  ctx: AppContext,
  logger?: FastifyBaseLogger,
  options: { firstRetryMs?: number } = {},
): ReminderScheduler {
  const intervalMs = ctx.config.reminderIntervalMinutes * 60_000;
  const firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS;
  let running: Promise<ReminderRun | null> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let retryDelayMs = firstRetryMs;

  /** The database went away: try again soon (the status has said so in the log, once). */
  function retryLater() {
    if (stopped || intervalMs <= 0 || retry) return;
    const delay = Math.min(retryDelayMs, intervalMs);
    retryDelayMs *= 2;
    retry = setTimeout(() => {
      retry = null;
      void runNow();
    }, delay);
    retry.unref();
  }

  async function run(): Promise<ReminderRun | null> {
    try {
      const result = await runReminders(reminderRunContext(ctx), { shouldStop: () => stopped });
      retryDelayMs = firstRetryMs;
      if (result.queued > 0 || result.stopped) logger?.info(result, "reminder run");
      // The day's notice digests ride on the same runs: idempotent too (digests.ts), so a run
      // every interval sends each person's digest once, at the first run after the digest hour.
      const digests = await runDigests(digestRunContext(ctx), { shouldStop: () => stopped });
      if (digests.sent > 0) logger?.info(digests, "digest run");
      // Delivery also takes what an earlier run queued and a stopped or crashed server left. Not
      // awaited: on shutdown the sender stops between messages by itself (mail.close()).
      if (!stopped) void ctx.mail.flush();
      return result;
    } catch (error) {
      // The next run picks up whatever this one could not do (each report commits on its own).
      const failure = databaseFailure(error);
      if (failure) {
        ctx.dbStatus.failed(failure, error);
        retryLater();
      } else {
        logger?.error({ err: error }, "reminder run failed");
      }
      return null;
    }
  }

  function runNow(): Promise<ReminderRun | null> {
    if (stopped) return Promise.resolve(null);
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    start() {
      if (intervalMs <= 0 || stopped || timer) return;
      void runNow();
      timer = setInterval(() => void runNow(), intervalMs);
      timer.unref();
    },
    runNow,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (retry) clearTimeout(retry);
      timer = null;
      retry = null;
      await running;
    },
  };
}

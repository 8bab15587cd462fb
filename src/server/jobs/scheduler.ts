/**
 * The reminder scheduler inside the server: a reminder run right after the server starts (so a
 * restarted server at once finishes what a stopped or crashed one left), then every
 * REMINDER_INTERVAL_MINUTES, each followed by delivery of the outbox. One run at a time in a
 * process; several processes may run at once, as the run itself is idempotent (reminders.ts).
 */
import type { FastifyBaseLogger } from "fastify";
import type { AppContext } from "../context";
import { type ReminderRun, reminderRunContext, runReminders } from "./reminders";

export interface ReminderScheduler {
  /** Starts the timer: a first run at once, then one per interval. Nothing when the interval is 0. */
  start(): void;
  /** A run now, or the one already under way (never two at once); null once stopped. */
  runNow(): Promise<ReminderRun | null>;
  /** Stops the timer, asks a run in progress to stop after its current report, and waits for it. */
  stop(): Promise<void>;
}

export function createReminderScheduler(ctx: AppContext, logger?: FastifyBaseLogger): ReminderScheduler {
  const intervalMs = ctx.config.reminderIntervalMinutes * 60_000;
  let running: Promise<ReminderRun | null> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  async function run(): Promise<ReminderRun | null> {
    try {
      const result = await runReminders(reminderRunContext(ctx), { shouldStop: () => stopped });
      if (result.queued > 0 || result.stopped) logger?.info(result, "reminder run");
      // Delivery also takes what an earlier run queued and a stopped or crashed server left. Not
      // awaited: on shutdown the sender stops between messages by itself (mail.close()).
      if (!stopped) void ctx.mail.flush();
      return result;
    } catch (error) {
      // The next run picks up whatever this one could not do.
      logger?.error({ err: error }, "reminder run failed");
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
      timer = null;
      await running;
    },
  };
}

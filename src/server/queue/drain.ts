/**
 * The loop both outgoing queues run (the mail outbox and webhook deliveries): take the next due
 * item, send it, mark it, until none is left, one run at a time. A flush asked for during a run makes
 * that run go round once more, so what was queued meanwhile is not left for the timer. A database
 * that goes away ends the run and is reported to the status (the next flush tries again); what was
 * claimed and not marked goes out again once its claim expires (each queue's claim rule).
 */
import type { Logger } from "pino";
import { databaseFailure } from "../db/failures";
import type { DatabaseStatus } from "../db/status";

export interface QueueDrain<Result> {
  /** Sends what is due now; resolves with what this run did. */
  flush(): Promise<Result>;
  /** Stops between items (the rest waits in the queue) and waits for a run in progress. */
  close(): Promise<void>;
}

export function createQueueDrain<Result>(options: {
  /** A new, empty tally for a run. */
  tally: () => Result;
  /** Sends the next due item and counts it in the tally; false when the queue has nothing due. */
  sendNext: (tally: Result) => Promise<boolean>;
  status: DatabaseStatus;
  logger?: Logger;
  /** Names the queue in the log, e.g. "mail sender". */
  name: string;
}): QueueDrain<Result> {
  let running: Promise<Result> | null = null;
  let again = false;
  let closing = false;

  async function run(tally: Result): Promise<void> {
    while (!closing) if (!(await options.sendNext(tally))) return;
  }

  function flush(): Promise<Result> {
    if (closing) return Promise.resolve(options.tally());
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const tally = options.tally();
      try {
        do {
          again = false;
          await run(tally);
        } while (again);
      } catch (error) {
        const failure = databaseFailure(error);
        if (failure) options.status.failed(failure, error);
        else options.logger?.error({ err: error }, `${options.name} run failed`);
      } finally {
        running = null;
      }
      return tally;
    })();
    return running;
  }

  return {
    flush,
    async close() {
      closing = true;
      await running;
    },
  };
}

/**
 * An admission lane: at most `concurrency` holders at once, at most `queueLimit` waiting in
 * arrival order, and none waiting longer than `maxWaitMs`. Whoever cannot get in is told so at
 * once (Overloaded) rather than joining a queue that only grows: under a burst, the requests
 * let in stay fast and the rest learn within moments that they should come back.
 *
 * Every grant is a release function; calling it more than once is harmless, so each way a
 * request can end (answer sent, client gone, error) may call it without counting.
 */

export type OverloadReason = "queueFull" | "waitedTooLong";

export class Overloaded extends Error {
  constructor(readonly reason: OverloadReason) {
    super(reason === "queueFull" ? "the admission queue is full" : "waited too long for admission");
    this.name = "Overloaded";
  }
}

export type Release = () => void;

export interface LaneOptions {
  /** Holders at once; 0 turns the lane off (everyone is let in at once). */
  concurrency: number;
  /** Waiting at most; beyond that, Overloaded("queueFull") at once. */
  queueLimit: number;
  /** A waiter still not let in after this long gets Overloaded("waitedTooLong"). */
  maxWaitMs: number;
}

export interface Lane {
  /**
   * A slot, now or once one frees up. Rejects with Overloaded when the queue is full or the wait
   * too long, and with the signal's reason when the signal aborts first (the client went away):
   * the waiter then leaves the queue and takes no slot.
   */
  acquire(signal?: AbortSignal): Promise<Release>;
  readonly inProgress: number;
  readonly waiting: number;
}

interface Waiter {
  admit(release: Release): void;
}

const NOTHING_TO_RELEASE: Release = () => {};

export function createLane(options: LaneOptions): Lane {
  const { concurrency, queueLimit, maxWaitMs } = options;
  let inProgress = 0;
  const queue: Waiter[] = [];

  function grant(): Release {
    inProgress++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inProgress--;
      // The next waiter starts on the next turn of the event loop, not right away: PGlite runs
      // queries on this thread, one after the other, and a request started at once would keep
      // the server from reading anything else (health checks, requests to refuse) until done.
      if (queue.length > 0) setImmediate(admitWaiters);
    };
  }

  function admitWaiters() {
    while (inProgress < concurrency && queue.length > 0) {
      (queue.shift() as Waiter).admit(grant());
    }
  }

  function wait(signal: AbortSignal | undefined): Promise<Release> {
    return new Promise((resolve, reject) => {
      const leave = (reason: unknown) => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        stopWatching();
        reject(reason);
      };
      const onAbort = () => leave(signal?.reason);
      const timer = setTimeout(() => leave(new Overloaded("waitedTooLong")), maxWaitMs);
      const stopWatching = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const waiter: Waiter = {
        admit(release) {
          stopWatching();
          resolve(release);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      queue.push(waiter);
    });
  }

  return {
    acquire(signal) {
      if (concurrency === 0) return Promise.resolve(NOTHING_TO_RELEASE);
      if (signal?.aborted) return Promise.reject(signal.reason);
      // Nobody overtakes those already waiting.
      if (inProgress < concurrency && queue.length === 0) return Promise.resolve(grant());
      if (queue.length >= queueLimit) return Promise.reject(new Overloaded("queueFull"));
      return wait(signal);
    },
    get inProgress() {
      return inProgress;
    },
    get waiting() {
      return queue.length;
    },
  };
}

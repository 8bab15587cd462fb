import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLane, Overloaded } from "./lane";

/** Whether a promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe("an admission lane", () => {
  beforeEach(() => {
    // Waiting times are counted with setTimeout; a freed slot goes to the next waiter on the
    // next turn of the event loop (setImmediate), which stays real.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets in up to its capacity at once, and the next one when a slot is released", async () => {
    const lane = createLane({ concurrency: 2, queueLimit: 5, maxWaitMs: 2000 });
    const first = await lane.acquire();
    await lane.acquire();
    const third = lane.acquire();
    expect(await settled(third)).toBe(false);
    expect(lane).toMatchObject({ inProgress: 2, waiting: 1 });

    first();
    const release = await third;
    expect(lane).toMatchObject({ inProgress: 2, waiting: 0 });
    release();
    expect(lane.inProgress).toBe(1);
  });

  it("admits waiters in the order they came", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 5, maxWaitMs: 2000 });
    const holder = await lane.acquire();
    const order: string[] = [];
    const a = lane.acquire().then((release) => {
      order.push("a");
      return release;
    });
    const b = lane.acquire().then((release) => {
      order.push("b");
      return release;
    });
    holder();
    (await a)();
    (await b)();
    expect(order).toEqual(["a", "b"]);
    expect(lane.inProgress).toBe(0);
  });

  it("refuses at once beyond its queue", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 2, maxWaitMs: 2000 });
    await lane.acquire();
    void lane.acquire().catch(() => {});
    void lane.acquire().catch(() => {});
    await expect(lane.acquire()).rejects.toEqual(new Overloaded("queueFull"));
    expect(lane).toMatchObject({ inProgress: 1, waiting: 2 });
  });

  it("with no queue, refuses whatever finds every slot taken", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 0, maxWaitMs: 2000 });
    await lane.acquire();
    await expect(lane.acquire()).rejects.toBeInstanceOf(Overloaded);
  });

  it("sends a waiter away after the longest wait, and it takes no slot later", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 5, maxWaitMs: 2000 });
    const holder = await lane.acquire();
    const waiting = lane.acquire();
    const outcome = waiting.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual(new Overloaded("waitedTooLong"));
    expect(lane.waiting).toBe(0);

    holder();
    expect(lane.inProgress).toBe(0);
  });

  it("lets a waiter whose client went away leave the queue without taking a slot", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 5, maxWaitMs: 2000 });
    const holder = await lane.acquire();
    const client = new AbortController();
    const waiting = lane.acquire(client.signal);
    client.abort(new Error("client went away"));
    await expect(waiting).rejects.toThrow("client went away");
    expect(lane.waiting).toBe(0);

    holder();
    expect(lane.inProgress).toBe(0);
    await expect(lane.acquire(client.signal)).rejects.toThrow("client went away");
  });

  it("counts a slot back once however many ways its request ends (answer sent, abort, error)", async () => {
    const lane = createLane({ concurrency: 2, queueLimit: 5, maxWaitMs: 2000 });
    const release = await lane.acquire();
    await lane.acquire();
    release();
    release();
    release();
    expect(lane.inProgress).toBe(1);
  });

  it("gives a slot released after an error in its holder to the next waiter", async () => {
    const lane = createLane({ concurrency: 1, queueLimit: 5, maxWaitMs: 2000 });
    const work = async () => {
      const release = await lane.acquire();
      try {
        throw new Error("the query failed");
      } finally {
        release();
      }
    };
    const holder = await lane.acquire();
    const failing = work();
    const next = lane.acquire();
    holder();
    await expect(failing).rejects.toThrow("the query failed");
    (await next)();
    expect(lane).toMatchObject({ inProgress: 0, waiting: 0 });
  });

  it("turned off (capacity 0), lets everyone in", async () => {
    const lane = createLane({ concurrency: 0, queueLimit: 0, maxWaitMs: 2000 });
    const releases = await Promise.all(Array.from({ length: 50 }, () => lane.acquire()));
    expect(releases).toHaveLength(50);
    expect(lane.waiting).toBe(0);
  });
});

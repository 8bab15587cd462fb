/**
 * Overload protection of the API. A burst of 200 clients on search once made every answer take
 * up to 6.8 s with nothing refused: each request was let in and they all shared the database.
 * Now a request first waits for a slot in its lane (src/server/http/lane.ts); beyond the lane's
 * queue, or after waiting MAX_QUEUE_WAIT_MS, it gets 503 {error: "overloaded"} with Retry-After
 * at once, and those let in stay fast.
 *
 * Two lanes: "database" for ordinary API work, and "transfers" for file uploads, downloads and
 * streamed exports, whose length depends on the client's link rather than on the server, so a
 * slow download never holds one of the few database slots. Health and the API's description
 * wait in no lane: a load balancer must be able to ask whatever the load.
 *
 * A slot is released when the response's socket work ends ('close' fires after the last byte
 * is written and also when the client goes away first), so every path — answer sent, error
 * answered, client gone, connection timed out — gives it back exactly once.
 *
 * A request that must wait for something other than this server's work (a read replica replaying
 * the user's last write) lets its slot go meanwhile and queues again after (`awayFromLane`):
 * measured with 50 clients and a replica, holding the slot through that wait halved the
 * throughput (bench/README.md, "Mixed load with a read replica").
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config";
import { overloaded } from "./errors";
import { createLane, type Lane, Overloaded, type Release } from "./lane";

export type AdmissionLaneName = "database" | "transfers";
export type AdmissionLanes = Record<AdmissionLaneName, Lane>;

/** The slot a request holds, swapped while it is away from its lane. */
interface HeldSlot {
  lane: Lane;
  release: Release;
  gone: AbortSignal;
  reply: FastifyReply;
  retryAfter: string;
}
const heldSlots = new WeakMap<FastifyRequest, HeldSlot>();

declare module "fastify" {
  interface FastifyContextConfig {
    /** The lane the route waits in: "database" unless said otherwise; "none" for health. */
    admission?: AdmissionLaneName | "none";
  }
  interface FastifyInstance {
    /** The API's admission lanes (how many requests are in progress and waiting). */
    admission: AdmissionLanes;
  }
}

export function createAdmissionLanes(config: Config["admission"]): AdmissionLanes {
  return {
    database: createLane({
      concurrency: config.maxConcurrentRequests,
      queueLimit: config.maxQueuedRequests,
      maxWaitMs: config.maxQueueWaitMs,
    }),
    transfers: createLane({
      concurrency: config.maxConcurrentTransfers,
      queueLimit: config.maxQueuedRequests,
      maxWaitMs: config.maxQueueWaitMs,
    }),
  };
}

/** The client left while waiting: there is nobody to answer. */
class ClientGone extends Error {}

/** One warning per quiet spell, not one per refused request: a burst would flood the log. */
const WARN_EVERY_MS = 60_000;

function overloadWarner(log: FastifyBaseLogger) {
  let lastWarned = Number.NEGATIVE_INFINITY;
  let refusedSince = 0;
  return (lane: AdmissionLaneName, reason: Overloaded["reason"]) => {
    refusedSince++;
    const now = Date.now();
    if (now - lastWarned < WARN_EVERY_MS) return;
    log.warn(
      { lane, reason, refused: refusedSince },
      "overloaded: refusing requests beyond capacity (503, Retry-After)",
    );
    lastWarned = now;
    refusedSince = 0;
  };
}

/**
 * Makes every route of `api` (registered after this call) wait in its lane. Retry-After is about
 * one queue wait: by then those ahead have been answered or sent away.
 */
export function admitRequests(api: FastifyInstance, lanes: AdmissionLanes, config: Config["admission"]) {
  const retryAfter = String(Math.max(1, Math.ceil(config.maxQueueWaitMs / 1000)));
  const warn = overloadWarner(api.log);
  api.addHook("onRequest", async (request, reply) => {
    const name = request.routeOptions.config.admission ?? "database";
    if (name === "none") return;
    const response = reply.raw;
    const gone = new AbortController();
    const onGone = () => gone.abort(new ClientGone());
    response.once("close", onGone);
    let release: Release;
    try {
      release = await lanes[name].acquire(gone.signal);
    } catch (error) {
      response.off("close", onGone);
      if (error instanceof ClientGone) return reply.hijack();
      if (!(error instanceof Overloaded)) throw error;
      warn(name, error.reason);
      const refusal = overloaded();
      return reply.status(refusal.statusCode).header("retry-after", retryAfter).send(refusal.body);
    }
    if (gone.signal.aborted) {
      response.off("close", onGone);
      release();
      return reply.hijack();
    }
    // The client may still leave while the request is away from its lane (awayFromLane).
    const slot: HeldSlot = { lane: lanes[name], release, gone: gone.signal, reply, retryAfter };
    heldSlots.set(request, slot);
    response.once("close", () => slot.release());
  });
}

/**
 * Runs `wait` without the request's slot, then queues for one again like any request (503 when
 * the lane refuses it then). For waits on something other than this server's work; a request in
 * no lane (or with admission off) just waits.
 */
export async function awayFromLane<T>(request: FastifyRequest, wait: () => Promise<T>): Promise<T> {
  const slot = heldSlots.get(request);
  if (!slot) return wait();
  slot.release();
  slot.release = () => {};
  const result = await wait();
  try {
    slot.release = await slot.lane.acquire(slot.gone);
  } catch (error) {
    // The client left meanwhile: its one read runs for nobody, without a slot, and is dropped.
    if (error instanceof ClientGone) return result;
    if (error instanceof Overloaded) {
      slot.reply.header("retry-after", slot.retryAfter);
      throw overloaded();
    }
    throw error;
  }
  return result;
}

/**
 * Sends queued webhook deliveries (deliveries.ts says what is guaranteed). It runs after each
 * change that may have queued one, at start (what a stopped or crashed server left) and on a
 * timer (retries that came due).
 *
 * Each request: a POST of the stored JSON body, signed (signature.ts), with a timeout, no
 * redirect followed (a 3xx is a failed attempt: the administrator fixes the URL), and only a
 * short excerpt of a failing answer kept. Private and loopback addresses are allowed on purpose:
 * only administrators register URLs, and an organisation's own receivers often live inside its
 * network.
 */
import type { Logger } from "pino";
import type { Db } from "../db/client";
import type { DatabaseStatus } from "../db/status";
import { createQueueDrain } from "../queue/drain";
import { type ClaimedDelivery, claimNextDelivery, markAttemptFailed, markDelivered } from "./deliveries";
import { signatureHeader } from "./signature";

/** Far shorter than the claim (CLAIM_MS), so no other sender takes over a request under way. */
export const REQUEST_TIMEOUT_MS = 10_000;
const EXCERPT_CHARS = 200;

export interface WebhookFlush {
  delivered: number;
  failed: number;
}

export interface WebhookSender {
  /** Sends what is due now; resolves when this run is done. */
  flush(): Promise<WebhookFlush>;
  /** Sends what a stopped server left, then every interval (retries that came due); `prima serve`. */
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  close(): Promise<void>;
}

/** For contexts that never send (a job's test). */
export const NO_WEBHOOKS: WebhookSender = {
  flush: async () => ({ delivered: 0, failed: 0 }),
  start: () => {},
  close: async () => {},
};

type Outcome = { ok: true; httpStatus: number } | { ok: false; httpStatus: number | null; error: string };

async function excerpt(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, EXCERPT_CHARS);
  } catch {
    return "";
  }
}

async function post(delivery: ClaimedDelivery, at: Date): Promise<Outcome> {
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "PRIMA-Webhooks",
        "prima-event": delivery.event,
        "prima-delivery": delivery.id,
        "prima-signature": signatureHeader(delivery.secret, delivery.body, at),
      },
      body: delivery.body,
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { ok: true, httpStatus: response.status };
    }
    const text = await excerpt(response);
    return {
      ok: false,
      httpStatus: response.status,
      error: `HTTP ${response.status}${text ? `: ${text}` : ""}`,
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    const message = error instanceof Error ? `${error.message}${cause}` : String(error);
    return { ok: false, httpStatus: null, error: message };
  }
}

export function createWebhookSender(options: {
  db: Db;
  now: () => Date;
  status: DatabaseStatus;
  logger?: Logger;
  intervalMs?: number;
}): WebhookSender {
  const drain = createQueueDrain<WebhookFlush>({
    tally: () => ({ delivered: 0, failed: 0 }),
    name: "webhook sender",
    status: options.status,
    logger: options.logger,
    async sendNext(result) {
      const delivery = await claimNextDelivery(options.db, options.now());
      if (!delivery) return false;
      const outcome = await post(delivery, options.now());
      if (outcome.ok) {
        await markDelivered(options.db, delivery.id, outcome.httpStatus, options.now());
        result.delivered++;
      } else {
        options.logger?.warn({ deliveryId: delivery.id, err: outcome.error }, "webhook delivery failed");
        await markAttemptFailed(options.db, delivery, outcome, options.now());
        result.failed++;
      }
      return true;
    },
  });
  let closing = false;

  let timer: NodeJS.Timeout | null = null;
  return {
    flush: drain.flush,
    start() {
      if (timer || closing) return;
      void drain.flush();
      timer = setInterval(() => void drain.flush(), options.intervalMs ?? 15_000);
      timer.unref();
    },
    async close() {
      closing = true;
      if (timer) clearInterval(timer);
      await drain.close();
    },
  };
}

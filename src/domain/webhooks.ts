/**
 * Webhooks: other systems told of what happens to projects, by an HTTP POST PRIMA signs. The
 * schemas of the administrator's page and API, and the delivery
 * schedule. Pure: the server queues, signs and sends (src/server/webhooks).
 */
import { z } from "zod";

/** What a webhook may be told of, in the administrator's words. */
export const WEBHOOK_EVENTS = ["projectStep", "reportDecided", "extensionDecided"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Which domain events (src/domain/events.ts) each webhook event kind stands for. */
export function webhookEventOf(domainKind: string): WebhookEvent | null {
  switch (domainKind) {
    case "projectTransitioned":
      return "projectStep";
    case "reportAccepted":
    case "reportReturned":
      return "reportDecided";
    case "extensionApproved":
    case "extensionRefused":
      return "extensionDecided";
    default:
      return null;
  }
}

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

// Only http and https: a file:, ftp: or javascript: address is never something to POST to.
const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe("Where PRIMA posts (http or https)");

export const webhookInput = z.strictObject({
  url: webhookUrl,
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1)
    .max(WEBHOOK_EVENTS.length)
    .describe("What it is told of: at least one"),
  active: z.boolean().describe("An inactive webhook is kept but told nothing"),
});
export type WebhookInput = z.infer<typeof webhookInput>;

export const webhookUpdate = webhookInput.extend({
  version: z.number().int().min(1).describe("The version you edited: a stale one gets 409"),
});
export type WebhookUpdate = z.infer<typeof webhookUpdate>;

export const webhook = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Webhook = z.infer<typeof webhook>;

/** The answer to adding a webhook: the only time its signing secret is shown. */
export const createdWebhook = webhook.extend({ secret: z.string() });

export const deliveryQuery = z.strictObject({
  status: z.enum(DELIVERY_STATUSES).optional().describe("Omit for every delivery"),
  webhookId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DeliveryQuery = z.infer<typeof deliveryQuery>;

export const webhookDelivery = z.object({
  id: z.uuid().describe("The Prima-Delivery header: the same on every attempt"),
  webhookId: z.uuid(),
  url: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  /** The receiver's HTTP status at the last attempt, null when it never answered. */
  lastHttpStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  nextAttemptAt: z.iso.datetime({ offset: true }),
  deliveredAt: z.iso.datetime({ offset: true }).nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const deliveryPage = z.object({
  items: z.array(webhookDelivery),
  total: z.number().int(),
});

/** Attempts before a delivery is given up as failed (an administrator may retry it). */
export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 60 * 60_000;

/** The wait after the nth failed attempt: one minute, doubling, never more than an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_MS);
}

/** The administrator's view of the mail outbox: what was sent to whom and when, and failures. */
import { z } from "zod";

export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outboxQuery = z.strictObject({
  status: z.enum(OUTBOX_STATUSES).optional().describe("Omit for every message"),
  q: z.string().trim().max(200).optional().describe("Part of the address or the subject"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OutboxQuery = z.infer<typeof outboxQuery>;

export const outboxMessage = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  /** Delivery attempts so far (a failed message has used them all). */
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** When the sender tries a pending message next. */
  nextAttemptAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

export const outboxPage = z.object({
  items: z.array(outboxMessage),
  /** Messages matching the status and search. */
  total: z.number().int(),
  /** Messages matching the search, per status (the tabs). */
  counts: z.object({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
  /** False when SMTP_URL is not set: nothing is queued or sent. */
  mailEnabled: z.boolean(),
});
export type OutboxPage = z.infer<typeof outboxPage>;

/**
 * Webhook deliveries, queued like the mail outbox (mail/outbox.ts) and with the same guarantees:
 * - Queued in the event's own transaction (recordEvent): a step rolled back sends nothing, a
 *   committed one is never lost. One row per (webhook, event), so nothing is queued twice.
 * - Two senders never hold the same delivery: a sender claims one due row (FOR UPDATE SKIP
 *   LOCKED) and pushes its next attempt CLAIM_MS ahead, far longer than the HTTP timeout
 *   (sender.ts), so a live sender always records the outcome before another may claim it.
 * - At least once, not exactly once: a process killed after the receiver got the request and
 *   before the row is marked delivered sends it again once the claim expires. Every attempt
 *   carries the same Prima-Delivery id, by which receivers drop the copy.
 */
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { DomainEvent, EventEnvelope } from "../../domain/events";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, webhookEventOf } from "../../domain/webhooks";
import type { DbOrTx } from "../db/client";
import { projects, users, webhookDeliveries, webhooks } from "../db/schema";

/** A claimed delivery not finished within this time (its sender died) is tried again. */
export const CLAIM_MS = 60_000;

/** The event's own facts for the receiver: ids, names and dates, never a secret. */
function eventData(event: DomainEvent): Record<string, unknown> | null {
  switch (event.kind) {
    case "projectTransitioned": {
      const { transition, from, to, comment } = event.payload;
      return { transition, from, to, comment };
    }
    case "reportAccepted":
    case "reportReturned": {
      const { reportId, kind, stage, sequence, status, comment } = event.payload;
      return { reportId, kind, stage, sequence, decision: status, comment };
    }
    case "extensionApproved":
    case "extensionRefused": {
      const { extensionId, previousEnd, requestedEnd, plannedEnd, comment } = event.payload;
      const decision = event.kind === "extensionApproved" ? "approved" : "refused";
      return { extensionId, decision, previousEnd, requestedEnd, plannedEnd, comment };
    }
    default:
      return null;
  }
}

/**
 * Queues one delivery per active webhook that asked for this event's kind, in the caller's
 * transaction; returns how many. Each body is written now, so every attempt sends the same bytes.
 */
export async function queueWebhooks(
  db: DbOrTx,
  eventId: number,
  envelope: EventEnvelope,
  event: DomainEvent,
): Promise<number> {
  const kind = webhookEventOf(event.kind);
  const data = eventData(event);
  if (!kind || !data) return 0;
  const targets = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${kind} = ANY(${webhooks.events})`));
  if (targets.length === 0) return 0;
  const [project] = await db
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(eq(projects.id, envelope.projectId));
  const [actor] = envelope.actorId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, envelope.actorId))
    : [];
  const rows = targets.map((target) => {
    const id = crypto.randomUUID();
    const body = JSON.stringify({
      deliveryId: id,
      event: kind,
      occurredAt: envelope.at.toISOString(),
      eventId,
      project: project ?? { id: envelope.projectId },
      actor: actor ? { name: actor.name } : null,
      data,
    });
    return {
      id,
      webhookId: target.id,
      eventId,
      event: kind,
      body,
      createdAt: envelope.at,
      nextAttemptAt: envelope.at,
    };
  });
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}

export interface ClaimedDelivery {
  id: string;
  url: string;
  secret: string;
  event: string;
  body: string;
  attempts: number;
}

/**
 * Claims the oldest due delivery, or null. The claim counts the attempt and pushes the next one
 * past the claim window, so another sender skips it; one at a time, so a sender that dies holds
 * at most one delivery the receiver may already have.
 */
export async function claimNextDelivery(db: DbOrTx, now: Date): Promise<ClaimedDelivery | null> {
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.createdAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!due) return null;
    const [claimed] = await tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + CLAIM_MS),
      })
      .where(eq(webhookDeliveries.id, due.id))
      .returning();
    if (!claimed) return null;
    const [target] = await tx
      .select({ url: webhooks.url, secret: webhooks.secret })
      .from(webhooks)
      .where(eq(webhooks.id, claimed.webhookId));
    if (!target) return null;
    return {
      ...target,
      id: claimed.id,
      event: claimed.event,
      body: claimed.body,
      attempts: claimed.attempts,
    };
  });
}

export async function markDelivered(db: DbOrTx, id: string, httpStatus: number, now: Date): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: "delivered", deliveredAt: now, lastHttpStatus: httpStatus, lastError: null })
    .where(eq(webhookDeliveries.id, id));
}

/** A failed attempt is retried with a growing delay (retryDelayMs), then given up as failed. */
export async function markAttemptFailed(
  db: DbOrTx,
  delivery: ClaimedDelivery,
  failure: { httpStatus: number | null; error: string },
  now: Date,
): Promise<void> {
  const exhausted = delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  await db
    .update(webhookDeliveries)
    .set({
      status: exhausted ? "failed" : "pending",
      lastHttpStatus: failure.httpStatus,
      lastError: failure.error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)),
    })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, "pending")));
}

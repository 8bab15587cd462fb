/** The administrator's delivery log: every delivery, newest first, and Retry for a failed one. */
import { and, count, desc, eq } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { DeliveryQuery } from "../../../domain/webhooks";
import type { Db } from "../../db/client";
import { webhookDeliveries, webhooks } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentDelivery } from "../../presenters/webhook";
import { recordAudit } from "../audit/recordAudit";

export async function listDeliveries(db: Db, actor: Actor, query: DeliveryQuery) {
  authorize(actor, "administerWebhooks");
  const where = and(
    query.status ? eq(webhookDeliveries.status, query.status) : undefined,
    query.webhookId ? eq(webhookDeliveries.webhookId, query.webhookId) : undefined,
  );
  const rows = await db
    .select({ delivery: webhookDeliveries, url: webhooks.url })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.eventId))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(webhookDeliveries).where(where);
  return { items: rows.map((row) => presentDelivery(row.delivery, row.url)), total: total?.n ?? 0 };
}

/**
 * Gives a failed delivery a new round of attempts from now, with the same delivery id. Only a
 * failed one: a pending one is still being tried, a delivered one would arrive twice.
 */
export async function retryDelivery(db: Db, actor: Actor, id: string, now: Date) {
  authorize(actor, "administerWebhooks");
  return db.transaction(async (tx) => {
    const [retried] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "failed")))
      .returning();
    const [row] = await tx
      .select({ delivery: webhookDeliveries, url: webhooks.url })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(eq(webhookDeliveries.id, id));
    if (!row) throw new NotFound("This delivery");
    const current = presentDelivery(row.delivery, row.url);
    if (!retried) {
      throw new Conflict(`Only a failed delivery can be retried; this one is ${current.status}`, { current });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "webhookDelivery",
      entityId: id,
      action: "retry",
      before: { status: "failed" },
      after: { status: "pending" },
      at: now,
    });
    return current;
  });
}

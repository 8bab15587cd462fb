/** The administrator's outbox: listing what was sent to whom and when, and retrying failures. */
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { OutboxMessage, OutboxQuery, OutboxStatus } from "../../../domain/outbox";
import type { Db } from "../../db/client";
import { containsPattern } from "../../db/likePattern";
import { mailOutbox } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

type OutboxRow = typeof mailOutbox.$inferSelect;

function presentMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

function searchCondition(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(ilike(mailOutbox.toAddress, pattern), ilike(mailOutbox.subject, pattern));
}

/** Newest first; the counts per status follow the search, so the tabs say what each holds. */
export async function listOutbox(db: Db, actor: Actor, query: OutboxQuery) {
  authorize(actor, "seeOutbox");
  const search = searchCondition(query.q);
  const where = and(search, query.status ? eq(mailOutbox.status, query.status) : undefined);
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(query.limit)
    .offset(query.offset);
  const byStatus = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .where(search)
    .groupBy(mailOutbox.status);
  const counts = { pending: 0, sent: 0, failed: 0 };
  for (const { status, n } of byStatus) counts[status as OutboxStatus] = n;
  const total = query.status ? counts[query.status] : counts.pending + counts.sent + counts.failed;
  return { items: rows.map(presentMessage), total, counts };
}

/**
 * Gives a failed message a new round of attempts, from now. Only a failed one: a pending message
 * is still being tried and a sent one would go out twice.
 */
export async function retryMessage(db: Db, actor: Actor, id: number, now: Date): Promise<OutboxMessage> {
  authorize(actor, "seeOutbox");
  return db.transaction(async (tx) => {
    const [retried] = await tx
      .update(mailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "failed")))
      .returning();
    if (!retried) {
      const [existing] = await tx.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      if (!existing) throw new NotFound("This message");
      throw new Conflict(`Only a failed message can be retried; this one is ${existing.status}`, {
        current: presentMessage(existing),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "mail",
      entityId: String(id),
      action: "retry",
      before: { status: "failed" },
      after: { status: "pending" },
      at: now,
    });
    return presentMessage(retried);
  });
}

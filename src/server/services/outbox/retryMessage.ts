/**
 * Gives a failed message a new round of attempts, from now. Only a failed one: a pending message
 * is still being tried and a sent one would go out twice.
 */
import { and, eq } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { type OutboxRow, presentMessage } from "../../presenters/outbox";
import { recordAudit } from "../audit/recordAudit";

export async function retryMessage(db: Db, actor: Actor, id: number, now: Date): Promise<OutboxRow> {
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
      // The error handler sends a conflict's details as they are, so they are shaped here.
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
    return retried;
  });
}

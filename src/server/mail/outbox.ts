/**
 * The mail outbox: messages are queued inside the use case's transaction and delivered after
 * commit by the sender. A unique key per message makes queueing idempotent.
 */
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { mailOutbox } from "../db/schema";

export interface OutgoingMail {
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
  at: Date;
}

export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<void> {
  await db
    .insert(mailOutbox)
    .values({
      dedupeKey: mail.dedupeKey,
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.text,
      createdAt: mail.at,
      nextAttemptAt: mail.at,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey });
}

export const MAX_ATTEMPTS = 5;
/** A claimed message not confirmed within this time (sender crashed) is tried again. */
export const CLAIM_MS = 5 * 60_000;

export type ClaimedMail = typeof mailOutbox.$inferSelect;

/**
 * Claims up to `limit` due messages for this sender: their next attempt is pushed past the
 * claim window, so another sender (another instance) skips them; SKIP LOCKED keeps two
 * senders from waiting on each other.
 */
export async function claimDueMail(db: DbOrTx, now: Date, limit = 20): Promise<ClaimedMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + CLAIM_MS),
      })
      .where(
        sql`${mailOutbox.id} in (${sql.join(
          due.map((d) => sql`${d.id}`),
          sql`, `,
        )})`,
      )
      .returning();
  });
}

export async function markSent(db: DbOrTx, id: number, now: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: "sent", sentAt: now, lastError: null })
    .where(eq(mailOutbox.id, id));
}

/** A failed attempt is retried with a growing delay, then given up and shown as failed. */
export async function markFailed(db: DbOrTx, mail: ClaimedMail, error: string, now: Date): Promise<void> {
  const exhausted = mail.attempts >= MAX_ATTEMPTS;
  await db
    .update(mailOutbox)
    .set({
      status: exhausted ? "failed" : "pending",
      lastError: error.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** mail.attempts),
    })
    .where(eq(mailOutbox.id, mail.id));
}

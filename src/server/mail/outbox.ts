/**
 * The mail outbox: messages are queued inside the use case's transaction and delivered after
 * commit by the sender. A unique key per message makes queueing idempotent: a message queued
 * twice (a second run, another server instance, a rerun after a crash) is one row.
 *
 * What delivery guarantees, and why:
 * - Nothing committed is lost: a queued row stays pending until an SMTP server accepted it, or
 *   until it failed MAX_ATTEMPTS times (then it is shown as failed and an administrator can retry).
 * - Two senders never hold the same message: a sender claims one row at a time (FOR UPDATE SKIP
 *   LOCKED) and pushes its next attempt CLAIM_MS ahead; a send is bounded by SMTP timeouts far
 *   shorter than that (sender.ts), so a live sender always confirms before another may claim it.
 * - Delivery is at least once, not exactly once: if the process dies after the SMTP server
 *   accepted a message and before the row is marked sent, that one message is sent again once
 *   its claim expires. SMTP gives no way to ask "did you get this?", so the window can only be
 *   made short (one message per sender at a time) and the copy recognisable: every message
 *   carries a Message-ID derived from its key, the same on every attempt, which mail systems
 *   and clients use to spot the duplicate.
 */
import { createHash } from "node:crypto";
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

/** Queues a message; false when a message with this key was queued before (nothing changes). */
export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<boolean> {
  const inserted = await db
    .insert(mailOutbox)
    .values({
      dedupeKey: mail.dedupeKey,
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.text,
      createdAt: mail.at,
      nextAttemptAt: mail.at,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return inserted.length > 0;
}

/** The Message-ID of a queued message: the same on every attempt, so a copy is recognisable. */
export function messageIdFor(dedupeKey: string): string {
  return `<${createHash("sha256").update(dedupeKey).digest("hex").slice(0, 32)}@prima>`;
}

export const MAX_ATTEMPTS = 5;
/** A claimed message not confirmed within this time (its sender died) is tried again. */
export const CLAIM_MS = 5 * 60_000;

export type ClaimedMail = typeof mailOutbox.$inferSelect;

/**
 * Claims the oldest due message for this sender, or null when none is due. The claim counts an
 * attempt and pushes the next one past the claim window, so another sender (another instance)
 * skips the message; SKIP LOCKED keeps two senders from waiting on each other. One message at a
 * time, so that a sender that dies holds at most one message it may already have delivered.
 */
export async function claimNextMail(db: DbOrTx, now: Date): Promise<ClaimedMail | null> {
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!due) return null;
    const [claimed] = await tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + CLAIM_MS),
      })
      .where(eq(mailOutbox.id, due.id))
      .returning();
    return claimed ?? null;
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
      nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** (mail.attempts - 1)),
    })
    .where(and(eq(mailOutbox.id, mail.id), eq(mailOutbox.status, "pending")));
}

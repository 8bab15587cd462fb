/** The only place where an outbox message is shaped for clients: never its body or dedupe key. */
import type { OutboxMessage, OutboxStatus } from "../../domain/outbox";
import type { mailOutbox } from "../db/schema";

export type OutboxRow = typeof mailOutbox.$inferSelect;

export function presentMessage(row: OutboxRow): OutboxMessage {
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

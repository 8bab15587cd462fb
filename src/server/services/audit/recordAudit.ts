import type { DbOrTx } from "../../db/client";
import { auditEvents } from "../../db/schema";

export interface AuditEntry {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Appends to the audit trail; the table refuses updates and deletes (see migration 0001). */
export async function recordAudit(db: DbOrTx, entry: AuditEntry) {
  await recordAudits(db, [entry]);
}

/** Many entries in one statement (an import's rows). */
export async function recordAudits(db: DbOrTx, entries: readonly AuditEntry[]) {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(
    entries.map((entry) => ({
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: entry.at,
    })),
  );
}

/** Only the fields that changed, as {field: [before, after]}, so the history reads as edits. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key], after[key]];
  }
  return changes;
}

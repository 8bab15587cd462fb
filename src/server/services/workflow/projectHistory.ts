/**
 * A project's filed history, newest first, derived from the one event log (domain_events, see
 * src/domain/events.ts): its creation and transitions (with comments), edits (field before/after),
 * comments, documents, results matrix and workplan saves, extensions and what happened to its
 * reports. Read-only: nothing in the API writes to it but the use cases themselves, and the
 * table refuses UPDATE and DELETE. Entries carry the event's own id; the order is the log's
 * (time, then the order the events were recorded in).
 */
import { and, desc, eq, notInArray } from "drizzle-orm";
import { type EventPayloads, historyAction, NOT_HISTORY_KINDS } from "../../../domain/events";
import type { ProjectStatus, TransitionName } from "../../../domain/lifecycle";
import type { FieldChange, HistoryEntry } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import { domainEvents, users } from "../../db/schema";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

type Transition = EventPayloads["projectTransitioned"] | EventPayloads["projectCreated"];
type ReportStep = EventPayloads["reportSubmitted"];

/** What the history shows of one event, besides who and when. */
function entryOf(
  kind: string,
  payload: Record<string, unknown>,
): Pick<
  HistoryEntry,
  "action" | "transition" | "fromStatus" | "toStatus" | "comment" | "changes" | "details"
> {
  const action = historyAction(kind, payload);
  const none = { transition: null, fromStatus: null, toStatus: null, comment: null, changes: [] };
  switch (kind) {
    case "projectCreated":
    case "projectTransitioned": {
      const t = payload as unknown as Transition;
      return {
        action,
        transition: (t.transition as TransitionName | null) ?? null,
        fromStatus: ("from" in t ? (t.from as ProjectStatus | null) : null) ?? null,
        toStatus: t.to,
        comment: t.comment || null,
        changes: [],
        details: t.details ? asRecord(t.details) : null,
      };
    }
    case "projectEdited": {
      const before = asRecord(payload.before);
      const after = asRecord(payload.after);
      const changes: FieldChange[] = Object.keys({ ...before, ...after }).map((field) => ({
        field,
        before: before[field],
        after: after[field],
      }));
      return { ...none, action, changes, details: null };
    }
    case "projectCommented":
      return { ...none, action, comment: String(payload.body ?? ""), details: payload };
    case "reportSubmitted":
    case "reportReturned":
    case "reportAccepted": {
      const r = payload as unknown as ReportStep;
      return {
        ...none,
        action,
        comment: r.comment || null,
        details: { reportId: r.reportId, kind: r.kind, stage: r.stage, sequence: r.sequence },
      };
    }
    default:
      return { ...none, action, details: payload };
  }
}

export async function projectHistory(db: DbOrTx, projectId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .select({
      id: domainEvents.id,
      kind: domainEvents.kind,
      at: domainEvents.at,
      payload: domainEvents.payload,
      actorId: users.id,
      actorName: users.name,
    })
    .from(domainEvents)
    .leftJoin(users, eq(users.id, domainEvents.actorId))
    .where(and(eq(domainEvents.projectId, projectId), notInArray(domainEvents.kind, [...NOT_HISTORY_KINDS])))
    .orderBy(desc(domainEvents.at), desc(domainEvents.id));
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? "" } : null,
    ...entryOf(row.kind, asRecord(row.payload)),
  }));
}

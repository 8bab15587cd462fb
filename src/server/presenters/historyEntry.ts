/**
 * The only place where a project's history entries are shaped: what each kind of event shows,
 * besides who and when (the events come from services/workflow/projectHistory.ts).
 */
import { type EventPayloads, historyAction } from "../../domain/events";
import type { ProjectStatus, TransitionName } from "../../domain/lifecycle";
import type { FieldChange, HistoryEntry } from "../../domain/workflow";
import type { HistoryEvent } from "../services/workflow/projectHistory";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

type Transition =
  | EventPayloads["projectTransitioned"]
  | EventPayloads["projectCreated"]
  | EventPayloads["projectImported"];
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
    case "projectImported":
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

export function presentHistoryEntry(event: HistoryEvent): HistoryEntry {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor: event.actorId ? { id: event.actorId, name: event.actorName ?? "" } : null,
    ...entryOf(event.kind, asRecord(event.payload)),
  };
}

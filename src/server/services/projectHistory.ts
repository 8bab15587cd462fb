/**
 * A project's filed history: its transitions (with comments), edits (field before/after),
 * comments, documents, extensions and what happened to its reports, newest first. Read-only: nothing in the API writes to it but the
 * use cases themselves, and the tables refuse UPDATE and DELETE.
 */
import { and, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { ProjectStatus, TransitionName } from "../../domain/lifecycle";
import { stepsWithEffect } from "../../domain/lifecycleFacts";
import type { FieldChange, HistoryEntry, ResubmissionChanges } from "../../domain/workflow";
import type { DbOrTx } from "../db/client";
import { auditEvents, projectTransitions, reportEvents, reports, users } from "../db/schema";
import { changedFields } from "./audit";

const REPORT_ACTIONS = {
  submit: "reportSubmitted",
  return: "reportReturned",
  accept: "reportAccepted",
} as const;
const REPORT_EVENT_ID_OFFSET = 1_000_000_000;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

export async function projectHistory(db: DbOrTx, projectId: string): Promise<HistoryEntry[]> {
  const transitions = await db
    .select({
      id: projectTransitions.id,
      at: projectTransitions.at,
      transition: projectTransitions.transition,
      from: projectTransitions.fromStatus,
      to: projectTransitions.toStatus,
      comment: projectTransitions.comment,
      details: projectTransitions.details,
      actorId: users.id,
      actorName: users.name,
    })
    .from(projectTransitions)
    .leftJoin(users, eq(users.id, projectTransitions.actorId))
    .where(eq(projectTransitions.projectId, projectId));
  // Transitions are filed above; the creation shows once, from the transitions table.
  const events = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actorId: users.id,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "project"),
        eq(auditEvents.entityId, projectId),
        ne(auditEvents.action, "transition"),
        ne(auditEvents.action, "create"),
      ),
    );
  // Report decisions are filed with the report; the project's history shows them too.
  const reportSteps = await db
    .select({
      id: reportEvents.id,
      at: reportEvents.at,
      action: reportEvents.action,
      comment: reportEvents.comment,
      reportId: reports.id,
      kind: reports.kind,
      stage: reports.stage,
      sequence: reports.sequence,
      actorId: users.id,
      actorName: users.name,
    })
    .from(reportEvents)
    .innerJoin(reports, eq(reports.id, reportEvents.reportId))
    .leftJoin(users, eq(users.id, reportEvents.actorId))
    .where(eq(reports.projectId, projectId));
  const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);
  const entries: (HistoryEntry & { order: number })[] = [
    ...transitions.map((t) => ({
      // Ids of the two tables overlap; negative ids keep keys unique for the client.
      id: -t.id,
      order: 0,
      at: t.at.toISOString(),
      actor: person(t.actorId, t.actorName),
      action: t.from === null ? "create" : "transition",
      transition: (t.transition as TransitionName | null) ?? null,
      fromStatus: (t.from as ProjectStatus | null) ?? null,
      toStatus: t.to as ProjectStatus,
      comment: t.comment || null,
      changes: [],
      details: t.details ? asRecord(t.details) : null,
    })),
    ...events.map((e) => {
      const before = asRecord(e.before);
      const after = asRecord(e.after);
      const changes: FieldChange[] =
        e.action === "update"
          ? Object.keys({ ...before, ...after }).map((field) => ({
              field,
              before: before[field],
              after: after[field],
            }))
          : [];
      return {
        id: e.id,
        order: 1,
        at: e.at.toISOString(),
        actor: person(e.actorId, e.actorName),
        action: e.action,
        transition: null,
        fromStatus: null,
        toStatus: null,
        comment: e.action === "comment" ? String(after.body ?? "") : null,
        changes,
        details: e.action === "update" ? null : after,
      };
    }),
    ...reportSteps.map((r) => ({
      // A third id space: report events count down from below the transitions' negative ids.
      id: -(REPORT_EVENT_ID_OFFSET + r.id),
      order: 2,
      at: r.at.toISOString(),
      actor: person(r.actorId, r.actorName),
      action: REPORT_ACTIONS[r.action],
      transition: null,
      fromStatus: null,
      toStatus: null,
      comment: r.comment || null,
      changes: [],
      details: { reportId: r.reportId, kind: r.kind, stage: r.stage, sequence: r.sequence },
    })),
  ];
  entries.sort((a, b) => b.at.localeCompare(a.at) || b.order - a.order || Math.abs(b.id) - Math.abs(a.id));
  return entries.map(({ order: _order, ...entry }) => entry);
}

/** What changed between the last two submissions: the reviewer's "since my last review". */
export async function resubmissionChanges(db: DbOrTx, projectId: string): Promise<ResubmissionChanges> {
  const submissions = await db
    .select({ at: projectTransitions.at, snapshot: projectTransitions.snapshot })
    .from(projectTransitions)
    .where(
      and(
        eq(projectTransitions.projectId, projectId),
        inArray(projectTransitions.transition, stepsWithEffect("keepSubmittedVersion")),
        isNotNull(projectTransitions.snapshot),
      ),
    )
    .orderBy(desc(projectTransitions.at), desc(projectTransitions.id))
    .limit(2);
  const [latest, previous] = submissions;
  if (!latest || !previous) {
    return { previousSubmittedAt: null, currentSubmittedAt: latest?.at.toISOString() ?? null, changes: [] };
  }
  const changes = changedFields(asRecord(previous.snapshot), asRecord(latest.snapshot));
  delete changes.status;
  return {
    previousSubmittedAt: previous.at.toISOString(),
    currentSubmittedAt: latest.at.toISOString(),
    changes: Object.entries(changes).map(([field, [before, after]]) => ({ field, before, after })),
  };
}

/**
 * Everything a project's timeline draws, read in one go: its dates, the phases of its life
 * (from the transitions), milestones, reports with their state today, extensions and approved budget revisions.
 */
import { asc, eq } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import { originalEnd } from "../../../domain/extensions";
import { formatMoney } from "../../../domain/money";
import { compareReports, reportState } from "../../../domain/reportSchedule";
import { type ProjectTimeline, timelinePhases } from "../../../domain/timeline";
import type { DbOrTx } from "../../db/client";
import { extensions, milestones, projects, projectTransitions, reports } from "../../db/schema";
import { approvedRevisionChanges } from "../revisions/approvedRevisionChanges";

export async function projectTimeline(db: DbOrTx, projectId: string, now: Date): Promise<ProjectTimeline> {
  const today = dayOf(now);
  const [project] = await db
    .select({
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      actualStart: projects.actualStart,
      actualEnd: projects.actualEnd,
      createdAt: projects.createdAt,
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project) throw new Error(`No project ${projectId}`);
  const transitions = await db
    .select({
      transition: projectTransitions.transition,
      from: projectTransitions.fromStatus,
      at: projectTransitions.at,
    })
    .from(projectTransitions)
    .where(eq(projectTransitions.projectId, projectId))
    .orderBy(asc(projectTransitions.at), asc(projectTransitions.id));
  // The creation is the row without a previous status; older rows may lack it, so the project's own date stands in.
  const facts = [
    ...(transitions.some((t) => t.from === null)
      ? []
      : [{ transition: null, day: dayOf(project.createdAt) }]),
    ...transitions.map((t) => ({ transition: t.from === null ? null : t.transition, day: dayOf(t.at) })),
  ];
  const milestoneRows = await db
    .select({
      id: milestones.id,
      title: milestones.title,
      plannedDate: milestones.plannedDate,
      actualDate: milestones.actualDate,
    })
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.plannedDate), asc(milestones.sort));
  const reportRows = await db
    .select({
      id: reports.id,
      kind: reports.kind,
      stage: reports.stage,
      sequence: reports.sequence,
      status: reports.status,
      periodEnd: reports.periodEnd,
      dueDate: reports.dueDate,
      submittedAt: reports.submittedAt,
    })
    .from(reports)
    .where(eq(reports.projectId, projectId));
  const extensionRows = await db
    .select({
      id: extensions.id,
      previousEnd: extensions.previousEnd,
      requestedEnd: extensions.requestedEnd,
      status: extensions.status,
      requestedAt: extensions.requestedAt,
      decidedAt: extensions.decidedAt,
    })
    .from(extensions)
    .where(eq(extensions.projectId, projectId))
    .orderBy(asc(extensions.requestedAt));
  const extensionItems = extensionRows.map((e) => ({
    ...e,
    requestedAt: e.requestedAt.toISOString(),
    decidedAt: e.decidedAt?.toISOString() ?? null,
  }));
  return {
    today,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    originalEnd: originalEnd(project.plannedEnd, extensionItems),
    actualStart: project.actualStart,
    actualEnd: project.actualEnd,
    phases: timelinePhases(facts),
    milestones: milestoneRows,
    reports: [...reportRows].sort(compareReports).map(({ status, submittedAt, ...report }) => ({
      ...report,
      state: reportState({ status, periodEnd: report.periodEnd, dueDate: report.dueDate }, today),
      submittedAt: submittedAt?.toISOString() ?? null,
    })),
    extensions: extensionItems,
    revisions: ((await approvedRevisionChanges(db, [projectId])).get(projectId) ?? []).map((r) => ({
      id: r.revisionId,
      decidedOn: r.decidedOn,
      change: formatMoney(r.changeCents),
      newBudget: formatMoney(r.newCents),
    })),
  };
}

/**
 * Brings a project's stored reports in line with its reporting schedule: on approval, at the
 * start of implementation and when an extension moves the end date. Runs inside the caller's
 * transaction; reports already acted on are never moved (domain/reportSchedule.ts).
 */
import { and, eq, sql } from "drizzle-orm";
import {
  planScheduleChanges,
  type ReportingRules,
  reportSchedule,
  type ScheduleChanges,
  scheduleDates,
} from "../../../domain/reportSchedule";
import type { DbOrTx } from "../../db/client";
import { projects, reportingRules, reports } from "../../db/schema";

export async function loadReportingRules(db: DbOrTx, fundLine: string): Promise<ReportingRules> {
  const [row] = await db.select().from(reportingRules).where(eq(reportingRules.fundLine, fundLine));
  if (!row) throw new Error(`No reporting rules for fund line ${fundLine}`);
  return {
    interimPeriodMonths: row.interimPeriodMonths,
    interimDueDays: row.interimDueDays,
    finalDueDays: row.finalDueDays,
    reminderLeadDays: row.reminderLeadDays,
    overdueRepeatDays: row.overdueRepeatDays,
  };
}

export async function syncReportSchedule(tx: DbOrTx, projectId: string, now: Date): Promise<ScheduleChanges> {
  const [project] = await tx
    .select({
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      actualStart: projects.actualStart,
      fundLine: projects.fundLine,
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!project) throw new Error(`No project ${projectId}`);
  const rules = await loadReportingRules(tx, project.fundLine);
  const { start, end } = scheduleDates(project);
  const stored = await tx
    .select({
      id: reports.id,
      kind: reports.kind,
      stage: reports.stage,
      sequence: reports.sequence,
      status: reports.status,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      dueDate: reports.dueDate,
    })
    .from(reports)
    .where(eq(reports.projectId, projectId))
    // A report submitted while this runs must be seen as submitted, not moved as pending.
    .for("update");
  const changes = planScheduleChanges(stored, reportSchedule(start, end, rules));
  const pending = eq(reports.status, "pending");
  for (const id of changes.remove) await tx.delete(reports).where(and(eq(reports.id, id), pending));
  for (const move of changes.move) {
    // A new version: a form opened on the old dates gets a 409 instead of acting on them.
    await tx
      .update(reports)
      .set({
        periodStart: move.periodStart,
        periodEnd: move.periodEnd,
        dueDate: move.dueDate,
        updatedAt: now,
        version: sql`${reports.version} + 1`,
      })
      .where(and(eq(reports.id, move.id), pending));
  }
  if (changes.insert.length > 0) {
    await tx
      .insert(reports)
      .values(changes.insert.map((slot) => ({ ...slot, projectId, createdAt: now, updatedAt: now })));
  }
  return changes;
}

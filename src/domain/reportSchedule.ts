/**
 * The reporting schedule and the state of a report: which reports a project owes and when, from
 * its dates and the fund's reporting rules, and whether a report not yet submitted is upcoming,
 * due or overdue today. Pure; the server stores the schedule, the web app shows the states.
 */
import { z } from "zod";
import { addDays, addMonths, daysBetween, type IsoDate } from "./calendar";

export const REPORT_KINDS = ["narrative", "financial"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STAGES = ["interim", "final"] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];
/** What people did with a report; stored. */
export const REPORT_STATUSES = ["pending", "submitted", "accepted", "returned"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** What a user sees: a pending report is upcoming, due or overdue depending on today. */
export const REPORT_STATES = ["upcoming", "due", "overdue", "submitted", "accepted", "returned"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** The fund's reporting rules (one set per fund line), editable by the fund manager. */
export const reportingRulesShape = z.object({
  interimPeriodMonths: z.number().int().min(1).max(60),
  interimDueDays: z.number().int().min(0).max(365),
  finalDueDays: z.number().int().min(0).max(365),
  /** Days before the due date at which the managers are reminded. */
  reminderLeadDays: z
    .array(z.number().int().min(1).max(365))
    .max(5)
    .refine((days) => new Set(days).size === days.length, { message: "Each lead time once" }),
  overdueRepeatDays: z.number().int().min(1).max(90),
});
export type ReportingRules = z.infer<typeof reportingRulesShape>;

export const DEFAULT_REPORTING_RULES: ReportingRules = {
  interimPeriodMonths: 6,
  interimDueDays: 30,
  finalDueDays: 90,
  reminderLeadDays: [30, 7],
  overdueRepeatDays: 7,
};

export interface ScheduledReport {
  kind: ReportKind;
  stage: ReportStage;
  /** 1, 2, … for interim reports; 0 for the final report. */
  sequence: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
}

/**
 * The reports a project owes for implementation from `start` to `end` (inclusive): a narrative
 * and a financial interim report for every full period that ends before the end date, each due
 * `interimDueDays` after its period; a narrative and a financial final report covering the whole
 * project, due `finalDueDays` after the end. A period that would end on or after the end date is
 * covered by the final report instead.
 */
export function reportSchedule(start: IsoDate, end: IsoDate, rules: ReportingRules): ScheduledReport[] {
  const schedule: ScheduledReport[] = [];
  for (let sequence = 1; ; sequence++) {
    const periodStart = addMonths(start, (sequence - 1) * rules.interimPeriodMonths);
    const periodEnd = addDays(addMonths(start, sequence * rules.interimPeriodMonths), -1);
    if (periodEnd >= end) break;
    const dueDate = addDays(periodEnd, rules.interimDueDays);
    for (const kind of REPORT_KINDS) {
      schedule.push({ kind, stage: "interim", sequence, periodStart, periodEnd, dueDate });
    }
  }
  const finalDue = addDays(end, rules.finalDueDays);
  for (const kind of REPORT_KINDS) {
    schedule.push({
      kind,
      stage: "final",
      sequence: 0,
      periodStart: start,
      periodEnd: end,
      dueDate: finalDue,
    });
  }
  return schedule;
}

/** The dates a schedule is computed from: the actual start once implementation started. */
export function scheduleDates(project: {
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  actualStart: IsoDate | null;
}): { start: IsoDate; end: IsoDate } {
  return { start: project.actualStart ?? project.plannedStart, end: project.plannedEnd };
}

export interface ReportDates {
  status: ReportStatus;
  periodEnd: IsoDate;
  dueDate: IsoDate;
}

/**
 * The one definition of an overdue report (DESIGN.md: "a report past its due date and not
 * submitted is overdue"): still pending, and its due date is before today, so it is overdue from
 * the day after the due date. A returned report is not overdue: it was submitted, and waits on
 * its managers' corrections, which the fund follows as "returned". The server's SQL for lists,
 * figures, analysis and the home headline is built from the same two facts
 * (services/sql/overdueReportSql.ts).
 */
export const OVERDUE_STATUS = "pending" satisfies ReportStatus;

export function isOverdue(report: ReportDates, today: IsoDate): boolean {
  return report.status === OVERDUE_STATUS && report.dueDate < today;
}

export function reportState(report: ReportDates, today: IsoDate): ReportState {
  if (report.status !== "pending") return report.status;
  if (today <= report.periodEnd) return "upcoming";
  return isOverdue(report, today) ? "overdue" : "due";
}

/**
 * Whether the managers may fill in and submit the report: once its period has ended (a final
 * report once the project's end date is reached), and again after the fund returned it.
 */
/** A pending report can be drafted before its period ends; a returned one can be corrected. */
export function isEditable(report: { status: ReportStatus }): boolean {
  return report.status === "pending" || report.status === "returned";
}

export function canBeSubmitted(report: ReportDates, today: IsoDate): boolean {
  return (report.status === "pending" && today > report.periodEnd) || report.status === "returned";
}

/**
 * The reminder a pending report is owed today, if any: the latest step reached, so that a run
 * after a pause sends one reminder, not every one it missed. Steps are "before:<days>" from the
 * lead times, then "overdue:<n>" on the day after the due date and every `overdueRepeatDays`.
 */
export function reminderStep(report: ReportDates, rules: ReportingRules, today: IsoDate): string | null {
  if (report.status !== "pending") return null;
  const late = daysBetween(report.dueDate, today);
  if (isOverdue(report, today)) return `overdue:${Math.floor((late - 1) / rules.overdueRepeatDays) + 1}`;
  const left = -late;
  const reached = rules.reminderLeadDays.filter((lead) => left <= lead);
  if (reached.length === 0) return null;
  return `before:${Math.min(...reached)}`;
}

/** Reports are listed in due order, narrative before financial. */
export function compareReports(
  a: { dueDate: IsoDate; kind: ReportKind; sequence: number },
  b: { dueDate: IsoDate; kind: ReportKind; sequence: number },
): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === "narrative" ? -1 : 1;
  return a.sequence - b.sequence;
}

export interface StoredReportSlot {
  id: string;
  kind: ReportKind;
  stage: ReportStage;
  sequence: number;
  status: ReportStatus;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
}

export interface ScheduleChanges {
  insert: ScheduledReport[];
  move: { id: string; periodStart: IsoDate; periodEnd: IsoDate; dueDate: IsoDate }[];
  remove: string[];
}

function slotKey(r: { kind: ReportKind; stage: ReportStage; sequence: number }): string {
  return `${r.stage}:${r.sequence}:${r.kind}`;
}

/**
 * How to bring stored reports in line with a newly computed schedule. Reports people have
 * acted on (submitted, accepted, returned) are never moved or removed; pending ones follow the
 * schedule; new slots are added.
 */
export function planScheduleChanges(stored: StoredReportSlot[], wanted: ScheduledReport[]): ScheduleChanges {
  const byKey = new Map(stored.map((r) => [slotKey(r), r]));
  const wantedKeys = new Set(wanted.map(slotKey));
  const changes: ScheduleChanges = { insert: [], move: [], remove: [] };
  for (const slot of wanted) {
    const existing = byKey.get(slotKey(slot));
    if (!existing) changes.insert.push(slot);
    else if (
      existing.status === "pending" &&
      (existing.periodStart !== slot.periodStart ||
        existing.periodEnd !== slot.periodEnd ||
        existing.dueDate !== slot.dueDate)
    ) {
      changes.move.push({
        id: existing.id,
        periodStart: slot.periodStart,
        periodEnd: slot.periodEnd,
        dueDate: slot.dueDate,
      });
    }
  }
  for (const report of stored) {
    if (!wantedKeys.has(slotKey(report)) && report.status === "pending") changes.remove.push(report.id);
  }
  return changes;
}

/**
 * The reminder run: every pending report of an approved or active project that has reached a
 * reminder step today (domain/reportSchedule.ts reminderStep) reminds its PM and alternate PM,
 * in the app and by e-mail; once overdue, the regional reviewers get a copy (the fund managers
 * for a project without a region, as they review those).
 *
 * Idempotent by the database, never by memory: each (report, step, person) has the key
 * `reminder:<reportId>:<dueDate>:<step>:<userId>`, unique in `reminders`. One transaction per report
 * records a reportReminder event through the one event pipeline (events/recordEvent.ts), which
 * inserts the keys with ON CONFLICT DO NOTHING and, only for the rows it really inserted, writes
 * the notice and the e-mail (whose outbox key is the same). So a second run, two servers
 * racing on one PostgreSQL (the second insert waits for the first transaction, then skips), or
 * a rerun after a crash (what committed stays, what did not is redone) remind each person of
 * each step exactly once. Delivering the e-mail is the outbox sender's job (mail/outbox.ts).
 *
 * The key holds the due date: when an extension moves a due date, the steps start again for the
 * new date (an overdue report moved into the future is reminded before its new due date, and
 * weekly again if it becomes overdue once more).
 */
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { addDays, dayOf, type IsoDate } from "../../domain/calendar";
import { DEFAULT_REPORTING_RULES, type ReportingRules, reminderStep } from "../../domain/reportSchedule";
import type { AppContext } from "../context";
import type { Db, DbOrTx } from "../db/client";
import { projects, reportingRules, reports } from "../db/schema";
import { type MailSettings, mailSettings } from "../events/mailSettings";
import { recordEvent } from "../events/recordEvent";

export interface ReminderRunContext {
  db: Db;
  now: () => Date;
  /** E-mail is queued only when the server can send it (SMTP_URL), as for other notifications. */
  mail: MailSettings;
}

/** The run's view of the server's context. */
export function reminderRunContext(ctx: AppContext): ReminderRunContext {
  return { db: ctx.db, now: ctx.now, mail: mailSettings(ctx.config) };
}

export interface ReminderRun {
  /** The day the run reminded for (UTC). */
  today: IsoDate;
  /** Reports that owe a reminder today (whether or not it was sent before). */
  reports: number;
  /** Reminders recorded by this run: one per person and step, never one recorded before. */
  queued: number;
  /** E-mails this run put in the outbox. */
  mails: number;
  /** The run was asked to stop (server shutting down) before it went through every report. */
  stopped: boolean;
}

/** Projects whose reports are reminded: funded and not closed. */
const REMINDED_PROJECT_STATUSES = ["approved", "active"] as const;
/** Reminder lead times are at most this many days (reportingRulesShape). */
const MAX_LEAD_DAYS = 365;

export { reminderKey } from "../events/recordEvent";

/** Pending reports of reminded projects due within the longest lead time (or just one of them). */
async function reportsToRemind(db: DbOrTx, today: IsoDate, onlyReport?: string) {
  return (
    db
      .select({
        id: reports.id,
        kind: reports.kind,
        stage: reports.stage,
        sequence: reports.sequence,
        status: reports.status,
        periodStart: reports.periodStart,
        periodEnd: reports.periodEnd,
        dueDate: reports.dueDate,
        projectId: projects.id,
        code: projects.code,
        title: projects.title,
        regionCode: projects.regionCode,
        pmId: projects.pmId,
        altPmId: projects.altPmId,
        reminderLeadDays: reportingRules.reminderLeadDays,
        overdueRepeatDays: reportingRules.overdueRepeatDays,
      })
      .from(reports)
      .innerJoin(projects, eq(projects.id, reports.projectId))
      // A fund line without rules of its own is reminded by the defaults.
      .leftJoin(reportingRules, eq(reportingRules.fundLine, projects.fundLine))
      .where(
        and(
          eq(reports.status, "pending"),
          inArray(projects.status, [...REMINDED_PROJECT_STATUSES]),
          lte(reports.dueDate, addDays(today, MAX_LEAD_DAYS)),
          onlyReport ? eq(reports.id, onlyReport) : undefined,
        ),
      )
      .orderBy(asc(reports.dueDate), asc(reports.id))
  );
}

type CandidateRow = Awaited<ReturnType<typeof reportsToRemind>>[number];

/** The step a report has reached today under its fund line's rules (the defaults without). */
function stepOf(row: CandidateRow, today: IsoDate): string | null {
  const rules: ReportingRules = {
    ...DEFAULT_REPORTING_RULES,
    reminderLeadDays: row.reminderLeadDays ?? DEFAULT_REPORTING_RULES.reminderLeadDays,
    overdueRepeatDays: row.overdueRepeatDays ?? DEFAULT_REPORTING_RULES.overdueRepeatDays,
  };
  return reminderStep(row, rules, today);
}

/**
 * Records one report's reminders in one transaction; returns what it inserted. The report is
 * read again inside it, so one submitted (or moved) since the run began is not reminded wrongly.
 */
async function remindOfReport(
  ctx: ReminderRunContext,
  reportId: string,
  today: IsoDate,
): Promise<{ queued: number; mails: number }> {
  return ctx.db.transaction(async (tx) => {
    const [report] = await reportsToRemind(tx, today, reportId);
    const step = report ? stepOf(report, today) : null;
    if (!report || step === null) return { queued: 0, mails: 0 };
    // The event pipeline finds the people, claims their keys and tells only those it claimed.
    const done = await recordEvent(
      tx,
      { projectId: report.projectId, actorId: null, at: ctx.now() },
      {
        kind: "reportReminder",
        payload: {
          reportId: report.id,
          kind: report.kind,
          stage: report.stage,
          sequence: report.sequence,
          dueDate: report.dueDate,
          step,
        },
      },
      ctx.mail,
    );
    return { queued: done.notified, mails: done.mails };
  });
}

/**
 * One reminder run for the day of `ctx.now()`. Each report is committed on its own, so a run
 * that is stopped or killed keeps what it did and the next run does the rest.
 */
export async function runReminders(
  ctx: ReminderRunContext,
  options: { shouldStop?: () => boolean } = {},
): Promise<ReminderRun> {
  const today = dayOf(ctx.now());
  const run: ReminderRun = { today, reports: 0, queued: 0, mails: 0, stopped: false };
  for (const row of await reportsToRemind(ctx.db, today)) {
    if (stepOf(row, today) === null) continue;
    if (options.shouldStop?.()) {
      run.stopped = true;
      break;
    }
    run.reports++;
    const done = await remindOfReport(ctx, row.id, today);
    run.queued += done.queued;
    run.mails += done.mails;
  }
  return run;
}

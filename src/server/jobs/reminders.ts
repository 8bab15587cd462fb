/**
 * The reminder run: every pending report of an approved or active project that has reached a
 * reminder step today (domain/reportSchedule.ts reminderStep) reminds its PM and alternate PM,
 * in the app and by e-mail; once overdue, the regional reviewers get a copy (the fund managers
 * for a project without a region, as they review those).
 *
 * Idempotent by the database, never by memory: each (report, step, person) has the key
 * `reminder:<reportId>:<dueDate>:<step>:<userId>`, unique in `reminders`. One transaction per report
 * inserts its keys with ON CONFLICT DO NOTHING and, only for the rows it really inserted, the
 * notification and the e-mail (whose outbox key is the same). So a second run, two servers
 * racing on one PostgreSQL (the second insert waits for the first transaction, then skips), or
 * a rerun after a crash (what committed stays, what did not is redone) remind each person of
 * each step exactly once. Delivering the e-mail is the outbox sender's job (mail/outbox.ts).
 *
 * The key holds the due date: when an extension moves a due date, the steps start again for the
 * new date (an overdue report moved into the future is reminded before its new due date, and
 * weekly again if it becomes overdue once more).
 */
import { and, asc, eq, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import { addDays, dayOf, daysBetween, type IsoDate } from "../../domain/calendar";
import {
  DEFAULT_REPORTING_RULES,
  type ReportingRules,
  type ReportKind,
  type ReportStage,
  reminderStep,
} from "../../domain/reportSchedule";
import type { AppContext } from "../context";
import type { Db, DbOrTx } from "../db/client";
import { notifications, projects, reminders, reportingRules, reports, users } from "../db/schema";
import { queueMail } from "../mail/outbox";

export interface ReminderRunContext {
  db: Db;
  now: () => Date;
  /** E-mail is queued only when the server can send it (SMTP_URL), as for other notifications. */
  mail: { enabled: boolean; publicUrl: string };
}

/** The run's view of the server's context. */
export function reminderRunContext(ctx: AppContext): ReminderRunContext {
  return {
    db: ctx.db,
    now: ctx.now,
    mail: { enabled: ctx.config.smtpUrl !== null, publicUrl: ctx.config.publicUrl },
  };
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

export function reminderKey(reportId: string, dueDate: IsoDate, step: string, userId: string): string {
  return `reminder:${reportId}:${dueDate}:${step}:${userId}`;
}

interface DueReport {
  id: string;
  kind: ReportKind;
  stage: ReportStage;
  sequence: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  dueDate: IsoDate;
  projectId: string;
  code: string;
  title: string;
  regionCode: string | null;
  pmId: string | null;
  altPmId: string | null;
}

interface Recipient {
  id: string;
  email: string;
  name: string;
  /** Reminded as the regional reviewer (or fund manager) of an overdue report, not as its manager. */
  copy: boolean;
}

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

/** Active people to remind, in id order (two servers then take their row locks in one order). */
async function recipientsOf(tx: DbOrTx, report: DueReport, overdue: boolean): Promise<Recipient[]> {
  const managerIds = [report.pmId, report.altPmId].filter((id): id is string => id !== null);
  const conditions: SQL[] = managerIds.length > 0 ? [inArray(users.id, managerIds)] : [];
  if (overdue) {
    conditions.push(
      report.regionCode === null
        ? eq(users.role, "fund_manager")
        : sql`${users.role} = 'reviewer' and ${users.regionCode} = ${report.regionCode}`,
    );
  }
  if (conditions.length === 0) return [];
  const found = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), or(...conditions)))
    .orderBy(asc(users.id));
  return found.map((person) => ({ ...person, copy: !managerIds.includes(person.id) }));
}

function reportLabel(report: Pick<DueReport, "kind" | "stage" | "sequence">): string {
  return report.stage === "final"
    ? `final ${report.kind} report`
    : `interim ${report.kind} report ${report.sequence}`;
}

/** The e-mail of one reminder (English, as PRIMA's other e-mail). */
export function reminderMail(
  report: DueReport,
  step: string,
  person: Recipient,
  today: IsoDate,
  publicUrl: string,
): { subject: string; text: string } {
  const [kind, n] = step.split(":");
  const label = reportLabel(report);
  const overdue = kind === "overdue";
  const subject = overdue
    ? `[PRIMA] ${person.copy ? "Copy: " : ""}${report.code} ${label} overdue, was due ${report.dueDate} (reminder ${n})`
    : `[PRIMA] ${report.code} ${label} due within ${n} days (${report.dueDate})`;
  const left = daysBetween(today, report.dueDate);
  const status = overdue
    ? `was due on ${report.dueDate} and has not been submitted: it is ${-left} day${left === -1 ? "" : "s"} overdue.`
    : left === 0
      ? `is due today, ${report.dueDate}.`
      : `is due on ${report.dueDate}, in ${left} day${left === 1 ? "" : "s"}.`;
  const why = person.copy
    ? [
        "",
        report.regionCode === null
          ? "You receive this copy as a fund manager: the project has no region."
          : `You receive this copy as a regional reviewer of ${report.regionCode}.`,
      ]
    : [];
  const text = [
    `Dear ${person.name},`,
    "",
    `The ${label} of ${report.code} "${report.title}" (period ${report.periodStart} to ${report.periodEnd}) ${status}`,
    ...why,
    "",
    `Open the report: ${publicUrl}/projects/${report.projectId}/reports/${report.id}`,
    "",
    "— PRIMA",
  ].join("\n");
  return { subject, text };
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
    const at = ctx.now();
    const people = await recipientsOf(tx, report, step.startsWith("overdue:"));
    if (people.length === 0) return { queued: 0, mails: 0 };
    const inserted = await tx
      .insert(reminders)
      .values(
        people.map((person) => ({
          dedupeKey: reminderKey(report.id, report.dueDate, step, person.id),
          reportId: report.id,
          userId: person.id,
          step,
          createdAt: at,
        })),
      )
      .onConflictDoNothing({ target: reminders.dedupeKey })
      .returning({ userId: reminders.userId });
    const fresh = new Set(inserted.map((row) => row.userId));
    const toRemind = people.filter((person) => fresh.has(person.id));
    if (toRemind.length === 0) return { queued: 0, mails: 0 };
    await tx.insert(notifications).values(
      toRemind.map((person) => ({
        userId: person.id,
        projectId: report.projectId,
        transition: "reportReminder",
        toStatus: step,
        reportId: report.id,
        actorId: null,
        createdAt: at,
      })),
    );
    let mails = 0;
    if (ctx.mail.enabled) {
      for (const person of toRemind) {
        const message = reminderMail(report, step, person, today, ctx.mail.publicUrl);
        const queued = await queueMail(tx, {
          dedupeKey: reminderKey(report.id, report.dueDate, step, person.id),
          to: person.email,
          subject: message.subject,
          text: message.text,
          at,
        });
        if (queued) mails++;
      }
    }
    return { queued: toRemind.length, mails };
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

/**
 * A report moves on: the managers submit it (complete, and once its period has ended), the fund
 * manager returns it with a comment or accepts it. Each decision appends a report event, an
 * audit event and the notifications with their e-mail, in one transaction; a decision taken on a
 * stale page is refused with 409.
 */
import { and, eq, sql } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import { Conflict, Invalid, RulesBroken } from "../../../domain/errors";
import { REPORT_STEP_EVENTS } from "../../../domain/events";
import { formatMoney } from "../../../domain/money";
import type { ReportStatus } from "../../../domain/reportSchedule";
import { checkReportSubmission } from "../../../domain/reportSubmission";
import type { ReportAction } from "../../../domain/reports";
import type { Db } from "../../db/client";
import { reportEvents, reports } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { reportPolicies } from "../../policies/reportPolicies";
import { presentReportDetail } from "../../presenters/report";
import { recordAudit } from "../audit/recordAudit";
import {
  loadMatrixIndicators,
  loadReportContent,
  loadReportRecord,
  type ReportRecord,
  type ReportRow,
  readableReport,
} from "./loadReport";
import { staleReport } from "./saveReportContent";

const NEXT_STATUS: Record<ReportAction, ReportStatus> = {
  submit: "submitted",
  return: "returned",
  accept: "accepted",
};

export interface ReportDecision {
  action: ReportAction;
  version: number;
  comment: string;
}

function decisionFields(action: ReportAction, actor: Actor, now: Date, report: ReportRow) {
  if (action === "submit") {
    return {
      // On-time compliance is measured by the first submission, so a resubmission keeps it.
      firstSubmittedAt: report.firstSubmittedAt ?? now,
      submittedAt: now,
      submittedById: actor.id,
      // A decision answers one submission: a resubmitted report awaits a new one.
      decidedAt: null,
      decidedById: null,
    };
  }
  return { decidedAt: now, decidedById: actor.id };
}

export async function decideReport(
  db: Db,
  actor: Actor,
  reportId: string,
  input: ReportDecision,
  now: Date,
  mail: MailSettings,
): Promise<ReportRecord> {
  const today = dayOf(now);
  return db.transaction(async (tx) => {
    const found = await readableReport(tx, actor, reportId, { forUpdate: true });
    const { report, project } = found;
    authorize(actor, input.action === "submit" ? "writeReport" : "decideReport", project);
    if (report.version !== input.version) throw await staleReport(tx, actor, found, now);

    if (input.action === "submit") {
      if (report.status === "pending" && today <= report.periodEnd) {
        throw new Invalid([
          {
            field: "",
            code: "notYetDue",
            message: `This report can be submitted once its period has ended (${report.periodEnd})`,
            params: { periodEnd: report.periodEnd },
          },
        ]);
      }
      if (report.status !== "pending" && report.status !== "returned") {
        throw new Conflict(`This report is already ${report.status}`, {
          current: presentReportDetail(
            await loadReportRecord(tx, found),
            today,
            reportPolicies(actor, found.project, found.report, today),
          ),
        });
      }
      const content = await loadReportContent(tx, report);
      const failures = checkReportSubmission(
        report.kind,
        {
          indicatorValues: content.indicatorValues,
          areaExpenditures: content.areaExpenditures.map((e) => ({ amount: formatMoney(e.amountCents) })),
          activityExpenditures: content.activityExpenditures.map((e) => ({
            amount: formatMoney(e.amountCents),
          })),
        },
        await loadMatrixIndicators(tx, project.id),
      );
      if (failures.length > 0) throw new RulesBroken(failures);
    } else if (report.status !== "submitted") {
      throw new Conflict(
        `Only a submitted report can be accepted or returned; this one is ${report.status}`,
        {
          current: presentReportDetail(
            await loadReportRecord(tx, found),
            today,
            reportPolicies(actor, found.project, found.report, today),
          ),
        },
      );
    }

    const to = NEXT_STATUS[input.action];
    const [updated] = await tx
      .update(reports)
      .set({
        status: to,
        ...decisionFields(input.action, actor, now, report),
        version: sql`${reports.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(reports.id, report.id), eq(reports.version, input.version)))
      .returning();
    if (!updated) throw await staleReport(tx, actor, found, now);
    const [event] = await tx
      .insert(reportEvents)
      .values({
        reportId: report.id,
        action: input.action,
        actorId: actor.id,
        comment: input.comment,
        at: now,
      })
      .returning({ id: reportEvents.id });
    if (!event) throw new Error("insert returned no row");
    await recordEvent(
      tx,
      { projectId: project.id, actorId: actor.id, at: now },
      {
        kind: REPORT_STEP_EVENTS[input.action],
        payload: {
          reportEventId: event.id,
          reportId: report.id,
          kind: report.kind,
          stage: report.stage,
          sequence: report.sequence,
          status: to,
          comment: input.comment,
        },
      },
      mail,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "report",
      entityId: report.id,
      action: input.action,
      before: { status: report.status },
      after: { projectId: project.id, status: to, version: updated.version, comment: input.comment },
      at: now,
    });
    return loadReportRecord(tx, { report: updated, project });
  });
}

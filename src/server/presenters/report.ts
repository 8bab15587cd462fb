/**
 * The only place where report JSON for clients is shaped; what this user may do with it comes
 * ready from policies/reportPolicies.ts.
 */
import type { IsoDate } from "../../domain/calendar";
import { daysBetween } from "../../domain/calendar";
import { formatMoney } from "../../domain/money";
import { reportState } from "../../domain/reportSchedule";
import type { ReportDetail, ReportListItem, ReportPolicies, ReportSummary } from "../../domain/reports";
import type { ReportRecord, ReportRow } from "../services/reports/loadReport";
import { presentDocument } from "./document";

export function presentReportSummary(report: ReportRow, today: IsoDate): ReportSummary {
  return {
    id: report.id,
    projectId: report.projectId,
    kind: report.kind,
    stage: report.stage,
    sequence: report.sequence,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    dueDate: report.dueDate,
    status: report.status,
    state: reportState(report, today),
    firstSubmittedAt: report.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    decidedAt: report.decidedAt?.toISOString() ?? null,
    version: report.version,
  };
}

export function presentReportListItem(
  report: ReportRow,
  project: { id: string; code: string; title: string; region: string | null; fundingYear: number },
  today: IsoDate,
): ReportListItem {
  const summary = presentReportSummary(report, today);
  return {
    ...summary,
    project,
    daysOverdue: summary.state === "overdue" ? daysBetween(report.dueDate, today) : null,
  };
}

export function presentReportDetail(record: ReportRecord, today: IsoDate, can: ReportPolicies): ReportDetail {
  const { report, project, content } = record;
  return {
    ...presentReportSummary(report, today),
    project: {
      id: project.id,
      code: project.code,
      title: project.title,
      status: project.status,
      region: project.regionCode,
    },
    challenges: content.challenges,
    lessonsLearned: content.lessonsLearned,
    goodPractices: content.goodPractices,
    indicators: record.indicators,
    indicatorValues: content.indicatorValues,
    beneficiaries: content.beneficiaries,
    targetBeneficiaries: record.targetBeneficiaries,
    areaExpenditures: content.areaExpenditures.map((e) => ({
      area: e.area,
      amount: formatMoney(e.amountCents),
    })),
    activityExpenditures: content.activityExpenditures.map((e) => ({
      activity: e.activity,
      amount: formatMoney(e.amountCents),
    })),
    projectAreas: record.projectAreas,
    projectActivities: record.projectActivities,
    approvedBudget: project.approvedBudgetCents === null ? null : formatMoney(project.approvedBudgetCents),
    events: record.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    documents: record.documents.map(presentDocument),
    can,
  };
}

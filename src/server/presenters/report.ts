/** The only place where report JSON for clients is shaped, with what this user may do with it. */
import type { IsoDate } from "../../domain/calendar";
import { daysBetween } from "../../domain/calendar";
import { formatMoney } from "../../domain/money";
import { canBeSubmitted, isEditable, reportState } from "../../domain/reportSchedule";
import type { ReportDetail, ReportListItem, ReportPolicies, ReportSummary } from "../../domain/reports";
import type { Actor } from "../policies/actor";
import { can } from "../policies/authorize";
import type { ProjectScopeFacts } from "../policies/project";
import type { ReportRecord, ReportRow } from "../services/reports/loadReport";

export function presentReportPolicies(
  user: Actor | null,
  project: ProjectScopeFacts,
  report: ReportRow,
  today: IsoDate,
): ReportPolicies {
  const writer = can(user, "writeReport", project);
  const decider = can(user, "decideReport", project) && report.status === "submitted";
  return {
    edit: writer && isEditable(report),
    submit: writer && canBeSubmitted(report, today),
    accept: decider,
    return: decider,
  };
}

/** What this user may do with a project's reports as a whole. */
export function presentProjectReportsPolicies(user: Actor | null, project: ProjectScopeFacts) {
  return { write: can(user, "writeReport", project), decide: can(user, "decideReport", project) };
}

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

export function presentReportDetail(user: Actor | null, record: ReportRecord, today: IsoDate): ReportDetail {
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
    documents: record.documents,
    can: presentReportPolicies(user, project, report, today),
  };
}

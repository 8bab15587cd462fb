/**
 * Reading reports: one report with everything its page shows (the project's indicators in
 * results-matrix order, the figures saved, the events, the attached documents), and a project's
 * shared loaders of the report use cases. Writing is in saveReportContent.ts and decideReport.ts.
 */
import { and, asc, desc, eq, lt } from "drizzle-orm";
import { NotFound } from "../../../domain/errors";
import { type IndicatorInMatrix, indicatorsInOrder } from "../../../domain/resultsMatrix";
import type { DbOrTx } from "../../db/client";
import {
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projects,
  reportActivityExpenditures,
  reportAreaExpenditures,
  reportBeneficiaries,
  reportEvents,
  reportIndicatorValues,
  reports,
  users,
} from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { can } from "../../policies/authorize";
import type { ProjectScopeFacts } from "../../policies/project";
import { type DocumentRecord, listDocuments } from "../documents/listDocuments";
import type { PersonRef } from "../projects/loadProject";
import { loadResultsMatrix } from "../results/loadResultsMatrix";

export type ReportRow = typeof reports.$inferSelect;

/** What a report's page and policies need to know about its project. */
export interface ReportProject extends ProjectScopeFacts {
  id: string;
  code: string;
  title: string;
  fundingYear: number;
  approvedBudgetCents: number | null;
}

export interface ReportWithProject {
  report: ReportRow;
  project: ReportProject;
}

const projectFacts = {
  id: projects.id,
  code: projects.code,
  title: projects.title,
  status: projects.status,
  regionCode: projects.regionCode,
  pmId: projects.pmId,
  altPmId: projects.altPmId,
  fundingYear: projects.fundingYear,
  approvedBudgetCents: projects.approvedBudgetCents,
};

export async function loadReportWithProject(
  db: DbOrTx,
  reportId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportWithProject | null> {
  const query = db
    .select({ report: reports, project: projectFacts })
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(eq(reports.id, reportId));
  const [row] = options.forUpdate ? await query.for("update", { of: reports }) : await query;
  return row ?? null;
}

/** The report and its project, or 404 when it does not exist or its project is not readable. */
export async function readableReport(
  db: DbOrTx,
  actor: Actor,
  reportId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ReportWithProject> {
  const found = await loadReportWithProject(db, reportId, options);
  if (!found || !can(actor, "readProject", found.project)) throw new NotFound("This report");
  return found;
}

export type MatrixIndicator = Omit<IndicatorInMatrix, "meansOfVerification">;

/** The project's indicators in matrix order: the objective's, then each outcome's and its outputs'. */
export async function loadMatrixIndicators(db: DbOrTx, projectId: string): Promise<MatrixIndicator[]> {
  return indicatorsInOrder(await loadResultsMatrix(db, projectId)).map(
    ({ meansOfVerification: _means, ...indicator }) => indicator,
  );
}

export interface ReportContentRows {
  challenges: string;
  lessonsLearned: string;
  goodPractices: string;
  indicatorValues: { indicatorId: string; actual: number; comment: string }[];
  beneficiaries: {
    type: string;
    sex: "female" | "male" | "all";
    ageGroup: "children" | "youth" | "adults" | "older" | "all";
    number: number;
  }[];
  areaExpenditures: { area: string; amountCents: number }[];
  activityExpenditures: { activity: string; amountCents: number }[];
}

export async function loadReportContent(db: DbOrTx, report: ReportRow): Promise<ReportContentRows> {
  const id = report.id;
  return {
    challenges: report.challenges,
    lessonsLearned: report.lessonsLearned,
    goodPractices: report.goodPractices,
    indicatorValues: await db
      .select({
        indicatorId: reportIndicatorValues.indicatorId,
        actual: reportIndicatorValues.actual,
        comment: reportIndicatorValues.comment,
      })
      .from(reportIndicatorValues)
      .where(eq(reportIndicatorValues.reportId, id))
      .orderBy(asc(reportIndicatorValues.indicatorId)),
    beneficiaries: await db
      .select({
        type: reportBeneficiaries.typeCode,
        sex: reportBeneficiaries.sex,
        ageGroup: reportBeneficiaries.ageGroup,
        number: reportBeneficiaries.number,
      })
      .from(reportBeneficiaries)
      .where(eq(reportBeneficiaries.reportId, id))
      .orderBy(asc(reportBeneficiaries.id)),
    areaExpenditures: await db
      .select({ area: reportAreaExpenditures.areaCode, amountCents: reportAreaExpenditures.amountCents })
      .from(reportAreaExpenditures)
      .where(eq(reportAreaExpenditures.reportId, id))
      .orderBy(asc(reportAreaExpenditures.areaCode)),
    activityExpenditures: await db
      .select({
        activity: reportActivityExpenditures.activityCode,
        amountCents: reportActivityExpenditures.amountCents,
      })
      .from(reportActivityExpenditures)
      .where(eq(reportActivityExpenditures.reportId, id))
      .orderBy(asc(reportActivityExpenditures.activityCode)),
  };
}

/** Each indicator's value in the latest accepted narrative report of an earlier period. */
async function previousActuals(db: DbOrTx, report: ReportRow): Promise<Map<string, number>> {
  const [previous] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(
        eq(reports.projectId, report.projectId),
        eq(reports.kind, "narrative"),
        eq(reports.status, "accepted"),
        lt(reports.periodEnd, report.periodEnd),
      ),
    )
    .orderBy(desc(reports.periodEnd))
    .limit(1);
  if (!previous) return new Map();
  const values = await db
    .select({ indicatorId: reportIndicatorValues.indicatorId, actual: reportIndicatorValues.actual })
    .from(reportIndicatorValues)
    .where(eq(reportIndicatorValues.reportId, previous.id));
  return new Map(values.map((v) => [v.indicatorId, v.actual]));
}

export interface ReportRecord extends ReportWithProject {
  content: ReportContentRows;
  indicators: (MatrixIndicator & { previousActual: number | null })[];
  targetBeneficiaries: ReportContentRows["beneficiaries"];
  projectAreas: string[];
  projectActivities: string[];
  events: {
    id: number;
    action: "submit" | "return" | "accept";
    actor: PersonRef;
    comment: string;
    at: Date;
  }[];
  documents: DocumentRecord[];
}

/** Everything the report's page shows, read in the caller's transaction. */
export async function loadReportRecord(db: DbOrTx, found: ReportWithProject): Promise<ReportRecord> {
  const { report, project } = found;
  const previous = await previousActuals(db, report);
  const matrix = await loadMatrixIndicators(db, project.id);
  const areas = await db
    .select({ code: projectAreaShares.areaCode })
    .from(projectAreaShares)
    .where(eq(projectAreaShares.projectId, project.id))
    .orderBy(asc(projectAreaShares.areaCode));
  const activities = await db
    .select({ code: projectActivityShares.activityCode })
    .from(projectActivityShares)
    .where(eq(projectActivityShares.projectId, project.id))
    .orderBy(asc(projectActivityShares.activityCode));
  const events = await db
    .select({
      id: reportEvents.id,
      action: reportEvents.action,
      actorId: reportEvents.actorId,
      actorName: users.name,
      comment: reportEvents.comment,
      at: reportEvents.at,
    })
    .from(reportEvents)
    .innerJoin(users, eq(users.id, reportEvents.actorId))
    .where(eq(reportEvents.reportId, report.id))
    .orderBy(asc(reportEvents.at), asc(reportEvents.id));
  return {
    ...found,
    content: await loadReportContent(db, report),
    indicators: matrix.map((i) => ({ ...i, previousActual: previous.get(i.id) ?? null })),
    targetBeneficiaries: await db
      .select({
        type: projectBeneficiaries.typeCode,
        sex: projectBeneficiaries.sex,
        ageGroup: projectBeneficiaries.ageGroup,
        number: projectBeneficiaries.number,
      })
      .from(projectBeneficiaries)
      .where(eq(projectBeneficiaries.projectId, project.id))
      .orderBy(asc(projectBeneficiaries.sort), asc(projectBeneficiaries.id)),
    projectAreas: areas.map((a) => a.code),
    projectActivities: activities.map((a) => a.code),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      actor: { id: e.actorId, name: e.actorName },
      comment: e.comment,
      at: e.at,
    })),
    documents: await listDocuments(db, project.id, undefined, report.id),
  };
}

/** Targets vs actuals of one project, from its results matrix, targets and latest accepted narrative report. */
import { and, asc, eq } from "drizzle-orm";
import {
  beneficiariesProgress,
  currentReport,
  type Progress,
  percentAchieved,
} from "../../../domain/progress";
import { indicatorsInOrder } from "../../../domain/resultsMatrix";
import type { DbOrTx } from "../../db/client";
import { projectBeneficiaries, reportBeneficiaries, reportIndicatorValues, reports } from "../../db/schema";
import { loadResultsMatrix } from "../results/loadResultsMatrix";

export async function projectProgress(db: DbOrTx, projectId: string): Promise<Progress> {
  const matrix = await loadResultsMatrix(db, projectId);
  const accepted = await db
    .select({
      id: reports.id,
      periodEnd: reports.periodEnd,
      status: reports.status,
      decidedAt: reports.decidedAt,
    })
    .from(reports)
    .where(
      and(eq(reports.projectId, projectId), eq(reports.kind, "narrative"), eq(reports.status, "accepted")),
    );
  const report = currentReport(accepted);
  const values = report
    ? await db
        .select({ indicatorId: reportIndicatorValues.indicatorId, actual: reportIndicatorValues.actual })
        .from(reportIndicatorValues)
        .where(eq(reportIndicatorValues.reportId, report.id))
    : [];
  const actualOf = new Map(values.map((v) => [v.indicatorId, v.actual]));
  const targeted = await db
    .select({
      type: projectBeneficiaries.typeCode,
      sex: projectBeneficiaries.sex,
      ageGroup: projectBeneficiaries.ageGroup,
      number: projectBeneficiaries.number,
    })
    .from(projectBeneficiaries)
    .where(eq(projectBeneficiaries.projectId, projectId))
    .orderBy(asc(projectBeneficiaries.sort), asc(projectBeneficiaries.id));
  const reached = report
    ? await db
        .select({
          type: reportBeneficiaries.typeCode,
          sex: reportBeneficiaries.sex,
          ageGroup: reportBeneficiaries.ageGroup,
          number: reportBeneficiaries.number,
        })
        .from(reportBeneficiaries)
        .where(eq(reportBeneficiaries.reportId, report.id))
        .orderBy(asc(reportBeneficiaries.id))
    : [];
  const beneficiaries = beneficiariesProgress(targeted, reached);
  return {
    asOf: report ? { reportId: report.id, periodEnd: report.periodEnd } : null,
    indicators: indicatorsInOrder(matrix).map((i) => {
      const actual = actualOf.get(i.id) ?? null;
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        level: i.level,
        result: i.result,
        baseline: i.baseline,
        target: i.target,
        actual,
        percentAchieved: percentAchieved(i.baseline, i.target, actual),
      };
    }),
    beneficiaries: beneficiaries.rows,
    totals: beneficiaries.totals,
  };
}

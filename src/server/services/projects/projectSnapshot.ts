import { formatMoney } from "../../../domain/money";
import type { ProjectRecord } from "./loadProject";

/** The fields of a project as the audit trail records them: readable, and comparable field by field. */
export function projectSnapshot(record: ProjectRecord): Record<string, unknown> {
  const { row } = record;
  return {
    title: row.title,
    summary: row.summary,
    objective: row.objective,
    type: row.type,
    status: row.status,
    region: row.regionCode,
    countries: record.countries,
    fundingYear: row.fundingYear,
    fundLine: row.fundLine,
    requestedBudget: formatMoney(row.requestedBudgetCents),
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    pmId: row.pmId,
    altPmId: row.altPmId,
    areaShares: record.areaShares,
    activityShares: record.activityShares,
    beneficiaries: record.beneficiaries,
    strategyPoints: record.strategyPoints,
    migof: record.migof,
    genderMarker: row.genderMarker,
    followUpOfId: row.followUpOfId,
    budgetYears: record.budgetYears.map((y) => formatMoney(y.requested)),
  };
}

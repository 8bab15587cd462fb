/** The only place where project JSON for clients is shaped, with what this user may do with it. */

import { shareAmounts, sharedBudgetCents } from "../../domain/allocation";
import { budgetByYear } from "../../domain/budgetByYear";
import { formatMoney } from "../../domain/money";
import type { ProjectDetail, ProjectPolicies, ProjectSummary } from "../../domain/project";
import { hundredthsToPercent } from "../../domain/shares";
import type { Actor } from "../policies/actor";
import { can } from "../policies/authorize";
import { availableTransitions } from "../policies/workflow";
import type { PersonRef, ProjectRecord, ProjectRow } from "../services/projects/loadProject";

export function presentPolicies(user: Actor | null, row: ProjectRow): ProjectPolicies {
  return {
    update: can(user, "updateProject", row),
    transitions: [...new Set(availableTransitions(user, row).map((t) => t.name))],
    comment: can(user, "commentOnProject", row),
    uploadDocument: can(user, "fileDocument", row),
  };
}

export function presentProjectSummary(
  user: Actor | null,
  row: ProjectRow,
  countries: string[],
  pm: PersonRef | null,
): ProjectSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    type: row.type,
    status: row.status,
    region: row.regionCode,
    countries,
    fundingYear: row.fundingYear,
    fundLine: row.fundLine,
    requestedBudget: formatMoney(row.requestedBudgetCents),
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    pm,
    updatedAt: row.updatedAt.toISOString(),
    can: presentPolicies(user, row),
  };
}

export function presentProject(user: Actor | null, record: ProjectRecord): ProjectDetail {
  const { row } = record;
  const budget = sharedBudgetCents(row);
  const shares = (list: { code: string; shareHundredths: number }[]) => {
    const amounts = shareAmounts(
      budget,
      list.map((s) => ({ code: s.code, hundredths: s.shareHundredths })),
    );
    return list.map((s, i) => ({
      code: s.code,
      percent: hundredthsToPercent(s.shareHundredths),
      amount: formatMoney(amounts[i] ?? 0),
    }));
  };
  return {
    ...presentProjectSummary(user, row, record.countries, record.pm),
    summary: row.summary,
    objective: row.objective,
    approvedBudget: row.approvedBudgetCents === null ? null : formatMoney(row.approvedBudgetCents),
    actualStart: row.actualStart,
    actualEnd: row.actualEnd,
    altPm: record.altPm,
    areaShares: shares(record.areaShares),
    activityShares: shares(record.activityShares),
    beneficiaries: record.beneficiaries,
    strategyPoints: record.strategyPoints,
    migof: record.migof,
    genderMarker: row.genderMarker,
    // A region-limited viewer must not learn of another region's project through a link.
    followUpOf:
      record.followUpOf && can(user, "readProject", record.followUpOf)
        ? { id: record.followUpOf.id, code: record.followUpOf.code, title: record.followUpOf.title }
        : null,
    budgetYears: budgetByYear(row, record.budgetYears).map((y) => ({
      start: y.start,
      end: y.end,
      requested: formatMoney(y.requestedCents),
      approved: y.approvedCents === null ? null : formatMoney(y.approvedCents),
    })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The spending figures of a set of projects (domain/spending.ts), from the base tables each time:
 * the projects' approved budgets and shares, and their latest accepted financial reports
 * (services/reports/latestAcceptedFinancialReports.ts, the definition the envelopes use too).
 */
import { and, asc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { BudgetShare } from "../../../domain/allocation";
import type { IsoDate } from "../../../domain/calendar";
import type { ProjectStatus } from "../../../domain/lifecycle";
import {
  type BurnRate,
  burnRate,
  SPENDING_STATUSES,
  type SpendingLine,
  type SpendingState,
  type SpentAmount,
  spendingLines,
  spendingState,
} from "../../../domain/spending";
import type { DbOrTx } from "../../db/client";
import {
  projectActivityShares,
  projectAreaShares,
  projects,
  reportActivityExpenditures,
  reportAreaExpenditures,
} from "../../db/schema";
import { latestAcceptedFinancialReports } from "../reports/latestAcceptedFinancialReports";

export interface SpendingProject {
  id: string;
  code: string;
  title: string;
  regionCode: string | null;
  fundingYear: number;
  fundLine: string;
  status: ProjectStatus;
  approvedBudgetCents: number | null;
  start: IsoDate;
  end: IsoDate;
}

export interface SpendingRecord {
  project: SpendingProject;
  state: SpendingState;
  report: { id: string; periodEnd: IsoDate } | null;
  approvedCents: number | null;
  spentCents: number | null;
  areas: SpendingLine[];
  activities: SpendingLine[];
  burnRate: BurnRate | null;
}

function grouped<T extends { projectId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.projectId, [...(map.get(row.projectId) ?? []), row]);
  return map;
}

/** Spending of the projects `where` selects (a condition on `projects`), in the order of their codes. */
export async function loadSpending(
  db: DbOrTx,
  where: SQL | undefined,
  thresholdPercent: number,
  today: IsoDate,
): Promise<SpendingRecord[]> {
  const rows = await db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      regionCode: projects.regionCode,
      fundingYear: projects.fundingYear,
      fundLine: projects.fundLine,
      status: projects.status,
      approvedBudgetCents: projects.approvedBudgetCents,
      plannedStart: projects.plannedStart,
      actualStart: projects.actualStart,
      plannedEnd: projects.plannedEnd,
    })
    .from(projects)
    .where(where)
    .orderBy(asc(projects.code));
  if (rows.length === 0) return [];
  const areaShares = await db
    .select({
      projectId: projectAreaShares.projectId,
      code: projectAreaShares.areaCode,
      hundredths: projectAreaShares.shareHundredths,
    })
    .from(projectAreaShares)
    .innerJoin(projects, eq(projects.id, projectAreaShares.projectId))
    .where(where)
    .orderBy(asc(projectAreaShares.areaCode));
  const activityShares = await db
    .select({
      projectId: projectActivityShares.projectId,
      code: projectActivityShares.activityCode,
      hundredths: projectActivityShares.shareHundredths,
    })
    .from(projectActivityShares)
    .innerJoin(projects, eq(projects.id, projectActivityShares.projectId))
    .where(where)
    .orderBy(asc(projectActivityShares.activityCode));
  const latest = latestAcceptedFinancialReports(db);
  const reports = await db
    .select({ projectId: latest.projectId, id: latest.id, periodEnd: latest.periodEnd })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .where(where);
  const areaSpent = await db
    .select({
      projectId: latest.projectId,
      code: reportAreaExpenditures.areaCode,
      amountCents: reportAreaExpenditures.amountCents,
    })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .innerJoin(reportAreaExpenditures, eq(reportAreaExpenditures.reportId, latest.id))
    .where(where)
    .orderBy(asc(reportAreaExpenditures.areaCode));
  const activitySpent = await db
    .select({
      projectId: latest.projectId,
      code: reportActivityExpenditures.activityCode,
      amountCents: reportActivityExpenditures.amountCents,
    })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .innerJoin(reportActivityExpenditures, eq(reportActivityExpenditures.reportId, latest.id))
    .where(where)
    .orderBy(asc(reportActivityExpenditures.activityCode));

  const areaSharesOf = grouped(areaShares);
  const activitySharesOf = grouped(activityShares);
  const reportOf = new Map(reports.map((r) => [r.projectId, r]));
  const areaSpentOf = grouped(areaSpent);
  const activitySpentOf = grouped(activitySpent);
  const shares = (list: { code: string; hundredths: number }[] | undefined): BudgetShare[] =>
    (list ?? []).map(({ code, hundredths }) => ({ code, hundredths }));
  const amounts = (list: { code: string; amountCents: number }[] | undefined): SpentAmount[] =>
    (list ?? []).map(({ code, amountCents }) => ({ code, amountCents }));

  return rows.map((row) => {
    const project: SpendingProject = {
      id: row.id,
      code: row.code,
      title: row.title,
      regionCode: row.regionCode,
      fundingYear: row.fundingYear,
      fundLine: row.fundLine,
      status: row.status,
      approvedBudgetCents: row.approvedBudgetCents,
      start: row.actualStart ?? row.plannedStart,
      end: row.plannedEnd,
    };
    const approved = row.approvedBudgetCents;
    const applicable = approved !== null && (SPENDING_STATUSES as readonly string[]).includes(row.status);
    const report = reportOf.get(row.id);
    if (!applicable || approved === null) {
      return {
        project,
        state: "notApplicable",
        report: null,
        approvedCents: approved,
        spentCents: null,
        areas: [],
        activities: [],
        burnRate: null,
      };
    }
    const spentAreas = amounts(areaSpentOf.get(row.id));
    const spentCents = report ? spentAreas.reduce((sum, a) => sum + a.amountCents, 0) : 0;
    const areas = spendingLines(approved, shares(areaSharesOf.get(row.id)), spentAreas, thresholdPercent);
    const activities = spendingLines(
      approved,
      shares(activitySharesOf.get(row.id)),
      amounts(activitySpentOf.get(row.id)),
      null,
    );
    return {
      project,
      state: spendingState({
        applicable,
        reported: report !== undefined,
        approvedCents: approved,
        spentCents,
        areas,
      }),
      report: report ? { id: report.id, periodEnd: report.periodEnd } : null,
      approvedCents: approved,
      spentCents,
      areas,
      activities,
      burnRate: burnRate(approved, spentCents, project.start, project.end, today),
    };
  });
}

/** Only projects whose approved budget is being spent: the portfolio view's selection. */
export function spendingProjects(condition: SQL | undefined): SQL | undefined {
  return and(
    condition,
    inArray(projects.status, [...SPENDING_STATUSES]),
    isNotNull(projects.approvedBudgetCents),
  );
}

/**
 * The IATI `budget`s and `planned-disbursement`s of an activity (issue 15 §2 and §6): one per year
 * of the project's budget by year, from the stored plan (the approved split once approved, the
 * requested one before) through domain budgetByYear, which falls back to the split by days.
 * The years are cut from the activity's dates (actual, else planned), as the rules check them
 * against those; when these give another number of years than the planned dates, the plan cannot
 * be laid on them and the total is split by days instead.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { annualSplit, yearPeriods } from "../../domain/annualSplit";
import { budgetByYear, currentSplit } from "../../domain/budgetByYear";
import type { IsoDate } from "../../domain/calendar";
import { formatMoney } from "../../domain/money";
import type { DbOrTx } from "../db/client";
import { budgetRevisions } from "../db/schema";
import type { PlannedYears } from "../services/projects/budgetYears";
import type { ExportProject } from "./projectRows";
import { escapeXml } from "./xml";

export interface ActivityYear {
  start: IsoDate;
  end: IsoDate;
  cents: number;
}

export function activityYears(
  project: ExportProject,
  planned: PlannedYears | undefined,
  start: IsoDate,
  end: IsoDate,
): ActivityYear[] {
  const stored = planned
    ? planned.requested.map((requested, i) => ({ requested, approved: planned.approved?.[i] ?? null }))
    : [];
  const split = currentSplit(budgetByYear(project, stored));
  const periods = yearPeriods(start, end);
  if (periods.length === split.length) {
    return periods.map((period, i) => ({ ...period, cents: split[i]?.cents ?? 0 }));
  }
  return annualSplit(project.approvedBudgetCents ?? project.requestedBudgetCents, start, end);
}

const period = (year: ActivityYear) =>
  `<period-start iso-date="${escapeXml(year.start)}"/><period-end iso-date="${escapeXml(year.end)}"/>` +
  `<value currency="USD" value-date="${escapeXml(year.start)}">${formatMoney(year.cents)}</value>`;

/**
 * BudgetType 1 "Original" or 2 "Revised", with the activity's BudgetStatus (indicative or
 * committed). After an approved budget revision the activity reports both: the budget first
 * approved (type 1) and the one current now (type 2), each per year.
 */
export function budgetsXml(
  years: readonly ActivityYear[],
  status: "1" | "2",
  type: "1" | "2" = "1",
): string[] {
  return years.map((year) => `<budget type="${type}" status="${status}">${period(year)}</budget>`);
}

/** What the fund plans to pay out in each year: type 1 "Original", or 2 "Revised" after a revision. */
export function plannedDisbursementsXml(years: readonly ActivityYear[], type: "1" | "2" = "1"): string[] {
  return years.map((year) => `<planned-disbursement type="${type}">${period(year)}</planned-disbursement>`);
}

/**
 * The budget first approved, for projects whose budget a revision changed since: the years of the
 * earliest approved revision's "before", by project id (one query a batch).
 */
export async function originalBudgetsOf(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, { totalCents: number; years: number[] }>> {
  const out = new Map<string, { totalCents: number; years: number[] }>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ projectId: budgetRevisions.projectId, before: budgetRevisions.before })
    .from(budgetRevisions)
    .where(and(inArray(budgetRevisions.projectId, [...ids]), eq(budgetRevisions.status, "approved")))
    .orderBy(asc(budgetRevisions.projectId), asc(budgetRevisions.decidedAt));
  for (const row of rows) {
    if (out.has(row.projectId)) continue;
    out.set(row.projectId, {
      totalCents: row.before.totalCents,
      years: row.before.years.map((y) => y.cents),
    });
  }
  return out;
}

/** The original budget's years laid on the activity's periods (split by days when they do not fit). */
export function originalYears(
  original: { totalCents: number; years: number[] },
  start: IsoDate,
  end: IsoDate,
): ActivityYear[] {
  const periods = yearPeriods(start, end);
  const sum = original.years.reduce((total, c) => total + c, 0);
  if (periods.length === original.years.length && sum === original.totalCents) {
    return periods.map((p, i) => ({ ...p, cents: original.years[i] ?? 0 }));
  }
  return annualSplit(original.totalCents, start, end);
}

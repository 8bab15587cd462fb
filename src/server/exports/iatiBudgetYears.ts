/**
 * The IATI `budget`s and `planned-disbursement`s of an activity (issue 15 §2 and §6): one per year
 * of the project's budget by year, from the stored plan (the approved split once approved, the
 * requested one before) through domain budgetByYear, which falls back to the split by days.
 * The years are cut from the activity's dates (actual, else planned), as the rules check them
 * against those; when these give another number of years than the planned dates, the plan cannot
 * be laid on them and the total is split by days instead.
 */
import { annualSplit, yearPeriods } from "../../domain/annualSplit";
import { budgetByYear, currentSplit } from "../../domain/budgetByYear";
import type { IsoDate } from "../../domain/calendar";
import { formatMoney } from "../../domain/money";
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

/** BudgetType 1 "Original", with the activity's BudgetStatus (indicative or committed). */
export function budgetsXml(years: readonly ActivityYear[], status: "1" | "2"): string[] {
  return years.map((year) => `<budget type="1" status="${status}">${period(year)}</budget>`);
}

/** BudgetType 1 "Original": what the fund plans to pay out in each year of the project. */
export function plannedDisbursementsXml(years: readonly ActivityYear[]): string[] {
  return years.map((year) => `<planned-disbursement type="1">${period(year)}</planned-disbursement>`);
}

/**
 * The budget by year in the project form: `null` while it follows the split by days (recomputed
 * live from the total and the dates), a list of decimal strings once the PM edits a year.
 */
import { annualSplit, yearPeriods } from "../../../domain/annualSplit";
import { formatMoney, MAX_BUDGET_CENTS, parseMoney } from "../../../domain/money";

export interface YearPlan {
  periods: { start: string; end: string }[];
  /** The split by days of the total, in the API's money format. */
  byDays: string[];
  totalCents: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The periods and the default split, or null while the dates or the total are not usable yet. */
export function yearPlan(requestedBudget: string, plannedStart: string, plannedEnd: string): YearPlan | null {
  const totalCents = parseMoney(requestedBudget);
  if (totalCents === null || totalCents <= 0 || totalCents > MAX_BUDGET_CENTS) return null;
  if (!DATE.test(plannedStart) || !DATE.test(plannedEnd) || plannedEnd <= plannedStart) return null;
  const periods = yearPeriods(plannedStart, plannedEnd);
  if (periods.length > 12) return null;
  const byDays = annualSplit(totalCents, plannedStart, plannedEnd).map((p) => formatMoney(p.cents));
  return { periods, byDays, totalCents };
}

/** The amounts the inputs show: the edited ones while they fit the years, else the split by days. */
export function shownYears(plan: YearPlan, edited: readonly string[] | null): string[] {
  return edited && edited.length === plan.periods.length ? [...edited] : plan.byDays;
}

/** The edited amounts as they go to the API; a plan for other dates goes as the split by days. */
export function budgetYearsInputOf(
  requestedBudget: string,
  plannedStart: string,
  plannedEnd: string,
  edited: readonly string[] | null,
): string[] | undefined {
  const plan = yearPlan(requestedBudget, plannedStart, plannedEnd);
  if (!plan) return undefined;
  return shownYears(plan, edited).map((amount) => {
    const cents = parseMoney(amount);
    return cents === null ? amount : formatMoney(cents);
  });
}

/** What a saved project's years become in the form: null when they are the split by days. */
export function editedYearsOf(
  requestedBudget: string,
  plannedStart: string,
  plannedEnd: string,
  requested: readonly string[],
): string[] | null {
  const plan = yearPlan(requestedBudget, plannedStart, plannedEnd);
  if (!plan || requested.every((amount, i) => amount === plan.byDays[i])) return null;
  return [...requested];
}

/** The sum of the shown amounts in cents (unreadable amounts count as zero). */
export function sumOfYears(amounts: readonly string[]): number {
  return amounts.reduce((sum, amount) => sum + (parseMoney(amount) ?? 0), 0);
}

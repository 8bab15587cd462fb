/**
 * A project's budget by year of the project, the default issue 15 gives its annual budgets: the
 * activity's dates cut at each anniversary of its start, and the budget shared out by the days in
 * each period. IATI refuses a budget period longer than a year, so a multi-year project reports
 * one budget per period; the parts add up to the total to the cent through the same
 * largest-remainder rule as every other split of a budget (`allocation.ts`).
 */
import { allocateCents } from "./allocation";
import { addDays, addMonths, daysBetween, type IsoDate } from "./calendar";

export interface BudgetPeriod {
  /** First day of the period. */
  start: IsoDate;
  /** Last day of the period, inclusive (IATI's period-end). */
  end: IsoDate;
  cents: number;
}

/**
 * The periods of a project from `start` to `end` (both inclusive): each runs from an anniversary
 * of the start to the day before the next one, the last stopping at the end (or at the next
 * anniversary itself, when the project ends on it). Anniversaries are
 * counted from the start itself, not chained, so a start on 29 February comes back to the 29th in
 * leap years instead of drifting to the 28th for good.
 */
export function yearPeriods(start: IsoDate, end: IsoDate): { start: IsoDate; end: IsoDate }[] {
  if (end < start) throw new RangeError("end before start");
  const periods: { start: IsoDate; end: IsoDate }[] = [];
  for (let year = 0; ; year++) {
    const from = addMonths(start, 12 * year);
    if (from > end) return periods;
    const nextAnniversary = addMonths(start, 12 * (year + 1));
    // A project ending on an anniversary would leave a last period of one day, whose start is
    // not before its end as IATI's date-order rule asks; the year before takes that day instead,
    // still within a year as IATI counts one (period-start + 1 year >= period-end).
    const to = nextAnniversary === end ? end : addDays(nextAnniversary, -1);
    periods.push({ start: from, end: to < end ? to : end });
    if (to >= end) return periods;
  }
}

/** Splits `totalCents` over the project's years in proportion to their days, exactly to the cent. */
export function annualSplit(totalCents: number, start: IsoDate, end: IsoDate): BudgetPeriod[] {
  const periods = yearPeriods(start, end);
  const parts = allocateCents(
    totalCents,
    periods.map((p) => daysBetween(p.start, p.end) + 1),
  );
  return periods.map((period, i) => ({ ...period, cents: parts[i] ?? 0 }));
}

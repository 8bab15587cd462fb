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

/**
 * The project's split as planned, or the default split by days when none was planned or the plan no
 * longer fits (a different number of years after the dates changed, or a sum that is not the total):
 * every reader of a budget by year goes through here, so a stale plan is never shown as current.
 */
export function splitOrDefault(
  totalCents: number,
  start: IsoDate,
  end: IsoDate,
  planned: readonly number[] | null | undefined,
): BudgetPeriod[] {
  const periods = yearPeriods(start, end);
  if (planned && checkSplit(planned, totalCents, periods.length) === null) {
    return periods.map((period, i) => ({ ...period, cents: planned[i] ?? 0 }));
  }
  return annualSplit(totalCents, start, end);
}

/** Why a split cannot be the budget by year of a total over `years` periods, or null when it can. */
export function checkSplit(
  cents: readonly number[],
  totalCents: number,
  years: number,
): "yearCount" | "notWholeCents" | "sumDiffers" | null {
  if (cents.length !== years) return "yearCount";
  if (cents.some((c) => !Number.isSafeInteger(c) || c < 0)) return "notWholeCents";
  if (cents.reduce((sum, c) => sum + c, 0) !== totalCents) return "sumDiffers";
  return null;
}

/**
 * The split kept in proportion when the total changes (an approval of another amount than the one
 * requested, a revision's new total): largest remainder, so the parts add up to the new total.
 */
export function scaleSplit(cents: readonly number[], newTotalCents: number): number[] {
  if (!Number.isSafeInteger(newTotalCents) || newTotalCents < 0) throw new RangeError("newTotalCents");
  if (cents.some((c) => !Number.isSafeInteger(c) || c < 0)) throw new RangeError("cents");
  const sum = cents.reduce((total, c) => total + c, 0);
  const weights = sum === 0 ? cents.map(() => 1n) : cents.map((c) => BigInt(c));
  const whole = sum === 0 ? BigInt(cents.length) : BigInt(sum);
  // Cents times cents overflow a double's exact range, so this split counts in BigInt; it is the
  // same largest-remainder rule as allocateCents, earlier years first on a tie.
  const total = BigInt(newTotalCents);
  const parts = weights.map((w) => (total * w) / whole);
  let left = total - parts.reduce((s, p) => s + p, 0n);
  const order = weights
    .map((w, index) => ({ index, remainder: (total * w) % whole }))
    .filter((entry) => entry.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left <= 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/**
 * The split once the planned end moves (an approved extension) and the number of years changes.
 * The total stays (an extension gives time, not money). Every year before the old plan's last one
 * is the same period in the new plan and keeps its money as planned; the old last year's money,
 * which was meant for the time from its start to the old end, is spread by days over the new
 * plan's years from that one on. When the number of years does not change the split is kept as
 * it is (only the last period's end moved). Exact to the cent (largest remainder).
 */
export function extendSplit(cents: readonly number[], start: IsoDate, newEnd: IsoDate): number[] {
  const periods = yearPeriods(start, newEnd);
  if (periods.length === cents.length) return [...cents];
  const kept = Math.min(cents.length, periods.length) - 1;
  const rest = cents.slice(kept).reduce((sum, c) => sum + c, 0);
  const spread = allocateCents(
    rest,
    periods.slice(kept).map((p) => daysBetween(p.start, p.end) + 1),
  );
  return [...cents.slice(0, kept), ...spread];
}

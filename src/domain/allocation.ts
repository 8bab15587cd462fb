/**
 * How a budget is shared out among its areas of work or activity types, the one money rule the
 * project page, the Excel export, the dashboard and the appeal comparison follow (the SQL twin is
 * services/sql/shareAmountsSql.ts): each part gets the whole cents of its exact share, and the cents
 * left over go, one each, to the parts with the largest fractions (the largest-remainder method).
 * The parts of a breakdown covering 100 % then add up to the budget to the cent.
 */
import { FULL_SHARE } from "./shares";

/**
 * Splits an amount of cents in proportion to integer weights so that the parts add up exactly,
 * by largest remainders, earlier parts first on a tie.
 *
 * `whole` is the weight of the full amount (10 000 hundredths of a percent for budget shares):
 * weights that add up to `whole` share out all of `totalCents`, fewer share out that fraction of it,
 * rounded to the nearest cent.
 */
export function allocateCents(
  totalCents: number,
  weights: readonly number[],
  whole = weights.reduce((sum, w) => sum + w, 0),
): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) throw new RangeError("totalCents");
  if (!Number.isSafeInteger(whole) || whole <= 0) throw new RangeError("whole");
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError("weights");
  // Integer arithmetic stays exact only below 2^53; budgets in cents times 10 000 are far below it.
  if (!Number.isSafeInteger(totalCents * Math.max(weightSum, whole))) throw new RangeError("too large");

  const numerators = weights.map((w) => totalCents * w);
  const parts = numerators.map((n) => Math.floor(n / whole));
  const target = Math.round((totalCents * weightSum) / whole);
  let left = target - parts.reduce((sum, p) => sum + p, 0);
  const byRemainder = numerators
    .map((n, index) => ({ index, remainder: n % whole }))
    .filter((entry) => entry.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** A share of a budget: an area of work's or an activity type's code and its hundredths of a percent. */
export interface BudgetShare {
  code: string;
  hundredths: number;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cents of each share of a budget, in the order given. Ties between equal fractions go to the
 * smaller code (compared as bytes, as SQL's `collate "C"`), never to the order a screen or a
 * sheet happens to list the shares in, so that every place gives each share the same cents.
 */
export function shareAmounts(budgetCents: number, shares: readonly BudgetShare[]): number[] {
  const order = shares
    .map((share, index) => ({ code: share.code, index }))
    .sort((a, b) => byCode(a.code, b.code));
  const parts = allocateCents(
    budgetCents,
    order.map(({ index }) => shares[index]?.hundredths ?? 0),
    FULL_SHARE,
  );
  const amounts = new Array<number>(shares.length).fill(0);
  order.forEach(({ index }, rank) => {
    amounts[index] = parts[rank] ?? 0;
  });
  return amounts;
}

/** The budget a project's shares split: the approved one once there is one, else the requested one. */
export function sharedBudgetCents(project: {
  approvedBudgetCents: number | null;
  requestedBudgetCents: number;
}): number {
  return project.approvedBudgetCents ?? project.requestedBudgetCents;
}

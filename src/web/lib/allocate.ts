/**
 * Splits an amount of cents in proportion to integer weights so that the parts add up exactly.
 * Each part gets the whole cents of its exact share; the cents left over go, one each, to the
 * parts with the largest fractions (the largest-remainder method), earlier parts first on a tie.
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

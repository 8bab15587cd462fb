/**
 * Budget shares (per area of work, per activity type) are percentages with at most two
 * decimals. They are compared in hundredths of a percent so that "sums to 100" is exact.
 */

export const FULL_SHARE = 10_000; // 100.00 % in hundredths of a percent

/** Converts 33.33 into 3333; null when the value has more than two decimals or is out of range. */
export function percentToHundredths(percent: number): number | null {
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100) return null;
  const hundredths = Math.round(percent * 100);
  return Math.abs(hundredths - percent * 100) < 1e-6 ? hundredths : null;
}

export function hundredthsToPercent(hundredths: number): number {
  return hundredths / 100;
}

/** Total of a list of shares, in hundredths of a percent. */
export function totalShare(shares: readonly { percent: number }[]): number {
  return shares.reduce((sum, share) => sum + (percentToHundredths(share.percent) ?? 0), 0);
}

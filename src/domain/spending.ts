/**
 * Spending against the budget (issue 15 §4), the one set of rules the project page, the portfolio
 * view and their Excel files follow. Money is integer cents; every comparison is exact.
 *
 * - Spent to date is the latest accepted financial report of the project (expenditure is reported
 *   to date), per area of work and per activity type.
 * - The budget of an area (or activity type) is the approved budget × its share, shared out with
 *   `shareAmounts` (largest remainder), so the parts add up to the approved budget to the cent.
 * - **The flag**: an area of work is flagged when its share of the spending so far is more than
 *   `threshold` % above its share of the budget: spent(area) / spent(all) > share × (1 + threshold / 100).
 *   With a share of 30 % and the fund's threshold of 20 %, an area is flagged once it takes more
 *   than 36 % of what was spent. Exactly at the limit is not flagged. Spending on an area the budget
 *   gives no share to is always flagged. Nothing spent, nothing flagged.
 * - **Variance** of an area is how far its share of the spending is above or below its share of
 *   the budget, relative to it (36 % of the spending against a 30 % share: +20 %). A project's
 *   variance is that of its area furthest above its share.
 * - **Burn rate**: the share of the approved budget spent to date beside the share of the planned
 *   duration elapsed as of today (start: actual start, else planned; end: the planned end, which an
 *   approved extension moves).
 *   Spending runs ahead of time when the first is more than BURN_PACE_TOLERANCE_POINTS (10)
 *   percentage points above the second, behind it when more than 10 points below.
 * - **Unspent balance** is approved − spent; negative when the project overspent.
 */
import { z } from "zod";
import { type BudgetShare, shareAmounts } from "./allocation";
import { daysBetween, type IsoDate } from "./calendar";
import { COMMITTED_STATUSES } from "./envelopes";
import { FULL_SHARE } from "./shares";

/** The fund's threshold until the fund manager sets another (README). */
export const DEFAULT_SPENDING_THRESHOLD_PERCENT = 20;
export const MAX_SPENDING_THRESHOLD_PERCENT = 1000;

/** Projects whose approved budget is being spent: the envelope's committed ones. */
export const SPENDING_STATUSES = COMMITTED_STATUSES;

/** Ended projects, and those ending within this many days, are listed by unspent balance. */
export const ENDING_SOON_DAYS = 90;

export interface SpentAmount {
  code: string;
  amountCents: number;
}

export interface SpendingLine {
  code: string;
  /** Hundredths of a percent of the budget; 0 for spending on an area the budget does not name. */
  shareHundredths: number;
  budgetCents: number;
  spentCents: number;
  /** Relative variance in hundredths of a percent (+2000 = 20 % above its share); null when not budgeted or nothing spent. */
  varianceHundredths: number | null;
  flagged: boolean;
}

const big = BigInt;

/** Whether an area's share of the spending is more than `thresholdPercent` % above its share of the budget. */
export function isOverThreshold(
  spentCents: number,
  totalSpentCents: number,
  shareHundredths: number,
  thresholdPercent: number,
): boolean {
  if (totalSpentCents <= 0 || spentCents <= 0) return false;
  if (shareHundredths <= 0) return true;
  // spent / total > share / FULL_SHARE × (100 + threshold) / 100, cross-multiplied in BigInt.
  return (
    big(spentCents) * big(FULL_SHARE) * 100n >
    big(shareHundredths) * big(100 + thresholdPercent) * big(totalSpentCents)
  );
}

/** Hundredths of a percent that `spent / total` is above (or below) `share`, rounded half up; null without a share or spending. */
export function varianceHundredths(
  spentCents: number,
  totalSpentCents: number,
  shareHundredths: number,
): number | null {
  if (totalSpentCents <= 0 || shareHundredths <= 0) return null;
  // (spent / total) / (share / FULL_SHARE) − 1, in hundredths of a percent.
  const numerator = big(spentCents) * big(FULL_SHARE) * big(FULL_SHARE);
  const denominator = big(totalSpentCents) * big(shareHundredths);
  const ratio = (2n * numerator + denominator) / (2n * denominator);
  return Number(ratio) - FULL_SHARE;
}

/**
 * Budget and spending per area (or activity type): the shares in the order given, then any code
 * spent on that has no share. `thresholdPercent` null: no flags (activity types).
 */
export function spendingLines(
  approvedCents: number,
  shares: readonly BudgetShare[],
  spent: readonly SpentAmount[],
  thresholdPercent: number | null,
): SpendingLine[] {
  const budgets = shareAmounts(approvedCents, shares);
  const spentBy = new Map(spent.map((s) => [s.code, s.amountCents]));
  const total = spent.reduce((sum, s) => sum + s.amountCents, 0);
  const line = (code: string, shareHundredths: number, budgetCents: number): SpendingLine => {
    const spentCents = spentBy.get(code) ?? 0;
    return {
      code,
      shareHundredths,
      budgetCents,
      spentCents,
      varianceHundredths: varianceHundredths(spentCents, total, shareHundredths),
      flagged:
        thresholdPercent !== null && isOverThreshold(spentCents, total, shareHundredths, thresholdPercent),
    };
  };
  const named = new Set(shares.map((s) => s.code));
  return [
    ...shares.map((share, i) => line(share.code, share.hundredths, budgets[i] ?? 0)),
    ...spent.filter((s) => !named.has(s.code) && s.amountCents > 0).map((s) => line(s.code, 0, 0)),
  ];
}

/** Tenths of a percent of `part` in `whole`, rounded half up; null when `whole` is zero. */
export function tenthsOfPercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Number((big(part) * 2000n + big(whole)) / (2n * big(whole)));
}

export interface BurnRate {
  start: IsoDate;
  end: IsoDate;
  plannedDays: number;
  /** Days from the start to today, within 0 and the planned days. */
  elapsedDays: number;
  /** Tenths of a percent. */
  spentTenths: number;
  elapsedTenths: number;
}

export function burnRate(
  approvedCents: number,
  spentCents: number,
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
): BurnRate {
  const plannedDays = Math.max(1, daysBetween(start, end));
  const elapsedDays = Math.min(plannedDays, Math.max(0, daysBetween(start, today)));
  return {
    start,
    end,
    plannedDays,
    elapsedDays,
    spentTenths: tenthsOfPercent(spentCents, approvedCents) ?? 0,
    elapsedTenths: tenthsOfPercent(elapsedDays, plannedDays) ?? 0,
  };
}

/** Within this many percentage points of the time elapsed, spending keeps pace with time. */
export const BURN_PACE_TOLERANCE_POINTS = 10;
export type BurnPace = "faster" | "inStep" | "slower";

/** Whether spending runs ahead of the time elapsed, keeps pace with it, or runs behind it. */
export function burnPace(burn: Pick<BurnRate, "spentTenths" | "elapsedTenths">): BurnPace {
  const gap = burn.spentTenths - burn.elapsedTenths;
  if (gap > BURN_PACE_TOLERANCE_POINTS * 10) return "faster";
  if (gap < -BURN_PACE_TOLERANCE_POINTS * 10) return "slower";
  return "inStep";
}

/**
 * Where a project's spending stands: `notApplicable` before approval (or without an approved
 * budget), `noReport` while no financial report was accepted, `overspent` above the approved budget,
 * `flagged` when an area of work is flagged, else `onTrack`.
 */
export const SPENDING_STATES = ["notApplicable", "noReport", "onTrack", "flagged", "overspent"] as const;
export type SpendingState = (typeof SPENDING_STATES)[number];

export function spendingState(input: {
  applicable: boolean;
  reported: boolean;
  approvedCents: number;
  spentCents: number;
  areas: readonly SpendingLine[];
}): SpendingState {
  if (!input.applicable) return "notApplicable";
  if (!input.reported) return "noReport";
  if (input.spentCents > input.approvedCents) return "overspent";
  if (input.areas.some((a) => a.flagged)) return "flagged";
  return "onTrack";
}

/** The project's variance: that of its area furthest above its share; spending on an unbudgeted area ranks above all. */
export function projectVariance(areas: readonly SpendingLine[]): {
  hundredths: number | null;
  unbudgeted: boolean;
} {
  const unbudgeted = areas.some((a) => a.shareHundredths === 0 && a.spentCents > 0);
  const values = areas.map((a) => a.varianceHundredths).filter((v): v is number => v !== null);
  return { hundredths: values.length > 0 ? Math.max(...values) : null, unbudgeted };
}

// ---- API shapes -------------------------------------------------------------------------

const percentText = z.number().describe("A percentage with at most one decimal");

export const spendingLineFigures = z.object({
  code: z.string(),
  /** The share of the budget in percent (two decimals); 0 when the budget does not name it. */
  share: z.number(),
  budget: z.string(),
  spent: z.string(),
  /** Spent as a percentage of its budget; null when its budget is zero. */
  spentPercent: percentText.nullable(),
  /** Its share of the spending so far, in percent (one decimal); null when nothing was spent. */
  spendingShare: percentText.nullable(),
  /** How far its share of the spending is above its share of the budget, in percent; null when not budgeted or nothing spent. */
  variance: z.number().nullable(),
  flagged: z.boolean(),
});
export type SpendingLineFigures = z.infer<typeof spendingLineFigures>;

export const burnRateFigures = z.object({
  start: z.iso.date(),
  end: z.iso.date(),
  plannedDays: z.number().int(),
  elapsedDays: z.number().int(),
  spentPercent: percentText,
  elapsedPercent: percentText,
});

export const projectSpending = z.object({
  projectId: z.uuid(),
  state: z.enum(SPENDING_STATES),
  thresholdPercent: z.number().int(),
  approved: z.string().nullable(),
  spent: z.string().nullable(),
  unspent: z.string().nullable(),
  spentPercent: percentText.nullable(),
  /** The accepted financial report the figures come from. */
  report: z.object({ id: z.uuid(), periodEnd: z.iso.date() }).nullable(),
  areas: z.array(spendingLineFigures),
  activities: z.array(spendingLineFigures),
  burnRate: burnRateFigures.nullable(),
});
export type ProjectSpending = z.infer<typeof projectSpending>;

export const portfolioSpendingRow = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  region: z.string().nullable(),
  fundingYear: z.number().int(),
  fundLine: z.string(),
  status: z.string(),
  end: z.iso.date(),
  state: z.enum(SPENDING_STATES),
  approved: z.string(),
  spent: z.string(),
  unspent: z.string(),
  spentPercent: percentText.nullable(),
  variance: z.number().nullable(),
  flaggedAreas: z.array(z.object({ code: z.string(), share: z.number(), spendingShare: percentText })),
});
export type PortfolioSpendingRow = z.infer<typeof portfolioSpendingRow>;

export const portfolioSpending = z.object({
  thresholdPercent: z.number().int(),
  today: z.iso.date(),
  /** Projects with an accepted financial report, biggest variance first. */
  byVariance: z.array(portfolioSpendingRow),
  /** Projects ended or ending within ENDING_SOON_DAYS, biggest unspent balance first. */
  byUnspent: z.array(portfolioSpendingRow),
});
export type PortfolioSpending = z.infer<typeof portfolioSpending>;

/** Same filters as the other portfolio views, where they apply. */
export const portfolioSpendingQuery = z.strictObject({
  region: z.string().trim().min(1).max(40).optional(),
  yearFrom: z.coerce.number().int().min(2000).max(2100).optional(),
  yearTo: z.coerce.number().int().min(2000).max(2100).optional(),
  fundLine: z.string().trim().min(1).max(40).optional(),
});
export type PortfolioSpendingQuery = z.infer<typeof portfolioSpendingQuery>;

export const spendingExportQuery = portfolioSpendingQuery.extend({
  list: z.enum(["variance", "unspent"]).default("variance"),
  lang: z.enum(["en", "fr", "es"]).default("en"),
});

export const spendingThreshold = z.object({
  thresholdPercent: z.number().int(),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type SpendingThreshold = z.infer<typeof spendingThreshold>;

export const spendingThresholdInput = z.object({
  version: z.number().int().min(1).describe("The version you loaded"),
  thresholdPercent: z
    .number()
    .int()
    .min(0)
    .max(MAX_SPENDING_THRESHOLD_PERCENT)
    .describe("How far above its share of the budget an area's share of the spending may run, in percent"),
});
export type SpendingThresholdInput = z.infer<typeof spendingThresholdInput>;

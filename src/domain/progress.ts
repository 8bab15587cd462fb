/**
 * Targets vs actuals: where a project stands against its indicators and target beneficiaries.
 * Figures in a narrative report are to date (cumulative at the end of its period), so the latest
 * accepted narrative report alone gives the current figures; returned, submitted or pending
 * reports are not the fund's word yet and never count.
 */
import { z } from "zod";
import type { AGE_GROUPS, SEXES } from "./project";

export const INDICATOR_LEVELS = ["objective", "outcome", "output"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

type Sex = (typeof SEXES)[number];
type AgeGroup = (typeof AGE_GROUPS)[number];
const count = z.number().int();

export const progress = z.object({
  asOf: z.object({ reportId: z.uuid(), periodEnd: z.string() }).nullable(),
  indicators: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      unit: z.string(),
      level: z.enum(INDICATOR_LEVELS),
      /** The outcome or output statement it measures; null for the objective's indicators. */
      result: z.string().nullable(),
      baseline: z.number(),
      target: z.number(),
      actual: z.number().nullable(),
      percentAchieved: z.number().nullable(),
    }),
  ),
  /** One row per beneficiary type: targets and reached are compared per type, whatever their split. */
  beneficiaries: z.array(
    z.object({
      type: z.string(),
      targeted: count,
      reached: count,
      /** Reached as a share of targeted, one decimal; null when the type has no target. */
      percentReached: z.number().nullable(),
      /** The reached figure as reported, by sex ("all" = not split by sex). */
      reachedBySex: z.object({ female: count, male: count, all: count }),
      /** The reached figure as reported, by age group ("all" = not split by age). */
      reachedByAge: z.object({ children: count, youth: count, adults: count, older: count, all: count }),
    }),
  ),
  totals: z.object({ targeted: count, reached: count }),
});
export type Progress = z.infer<typeof progress>;
export type BeneficiaryProgress = Progress["beneficiaries"][number];

/**
 * How far an indicator has moved from its baseline towards its target, in percent with one
 * decimal: 0 at the baseline, 100 at the target, above 100 beyond it and negative when it moved
 * away. Null when there is no actual yet or when target and baseline coincide (no distance to
 * cover). Multiplying before dividing keeps halves exact (49 of 400 is 12.25 → 12.3).
 */
export function percentAchieved(baseline: number, target: number, actual: number | null): number | null {
  if (actual === null || target === baseline) return null;
  const tenths = Math.round(((actual - baseline) * 1000) / (target - baseline));
  return tenths / 10 || 0;
}

export interface NarrativeReportFacts {
  id: string;
  periodEnd: string;
  status: string;
  /** When it was accepted (the last decision); null if never decided. */
  decidedAt: Date | null;
}

/**
 * The report whose figures are the project's current ones: the accepted narrative report with the
 * latest period end; between two for the same period (interim and final may end together), the
 * one accepted last.
 */
export function currentReport<T extends NarrativeReportFacts>(reports: readonly T[]): T | null {
  let best: T | null = null;
  for (const report of reports) {
    if (report.status !== "accepted") continue;
    if (
      !best ||
      report.periodEnd > best.periodEnd ||
      (report.periodEnd === best.periodEnd &&
        (report.decidedAt?.getTime() ?? 0) > (best.decidedAt?.getTime() ?? 0))
    ) {
      best = report;
    }
  }
  return best;
}

export interface BeneficiaryCount {
  type: string;
  sex: Sex;
  ageGroup: AgeGroup;
  number: number;
}

/**
 * Beneficiaries targeted vs reached, type by type. Targets and reports rarely split a type the same
 * way (a target "host communities, all sexes, all ages" reported as women and men), so both sides
 * are summed over sex and age group and compared per type; the reached breakdown by sex and by age
 * group is kept beside it. Rows: the targeted types in the project's order, then types reached but
 * never targeted, in the report's order.
 */
export function beneficiariesProgress(
  targeted: readonly BeneficiaryCount[],
  reached: readonly BeneficiaryCount[],
): { rows: BeneficiaryProgress[]; totals: { targeted: number; reached: number } } {
  const rows = new Map<string, BeneficiaryProgress>();
  const rowOf = (type: string) => {
    let row = rows.get(type);
    if (!row) {
      row = {
        type,
        targeted: 0,
        reached: 0,
        percentReached: null,
        reachedBySex: { female: 0, male: 0, all: 0 },
        reachedByAge: { children: 0, youth: 0, adults: 0, older: 0, all: 0 },
      };
      rows.set(type, row);
    }
    return row;
  };
  for (const group of targeted) rowOf(group.type).targeted += group.number;
  for (const group of reached) {
    const row = rowOf(group.type);
    row.reached += group.number;
    row.reachedBySex[group.sex] += group.number;
    row.reachedByAge[group.ageGroup] += group.number;
  }
  const list = [...rows.values()].map((row) => ({
    ...row,
    percentReached: percentAchieved(0, row.targeted, row.reached),
  }));
  return {
    rows: list,
    totals: {
      targeted: list.reduce((sum, row) => sum + row.targeted, 0),
      reached: list.reduce((sum, row) => sum + row.reached, 0),
    },
  };
}

/**
 * Targets vs actuals: where a project stands against its indicators and target beneficiaries.
 * Figures in a narrative report are to date (cumulative at the end of its period), so the latest
 * accepted narrative report alone gives the current figures; returned, submitted or pending
 * reports are not the fund's word yet and never count.
 */
import { z } from "zod";
import { AGE_GROUPS, SEXES } from "./project";

export const INDICATOR_LEVELS = ["objective", "outcome", "output"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

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
  beneficiaries: z.array(
    z.object({
      type: z.string(),
      sex: z.enum(SEXES),
      ageGroup: z.enum(AGE_GROUPS),
      targeted: z.number().int(),
      reached: z.number().int(),
    }),
  ),
  totals: z.object({ targeted: z.number().int(), reached: z.number().int() }),
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
  sex: (typeof SEXES)[number];
  ageGroup: (typeof AGE_GROUPS)[number];
  number: number;
}

/**
 * Beneficiaries targeted vs reached, group by group (type, sex, age group): the targeted groups in
 * the project's order, then groups reached that were not targeted; a group listed twice adds up.
 */
export function beneficiariesProgress(
  targeted: readonly BeneficiaryCount[],
  reached: readonly BeneficiaryCount[],
): { rows: BeneficiaryProgress[]; totals: { targeted: number; reached: number } } {
  const rows = new Map<string, BeneficiaryProgress>();
  const rowOf = (group: BeneficiaryCount) => {
    const key = `${group.type}\u0000${group.sex}\u0000${group.ageGroup}`;
    let row = rows.get(key);
    if (!row) {
      row = { type: group.type, sex: group.sex, ageGroup: group.ageGroup, targeted: 0, reached: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const group of targeted) rowOf(group).targeted += group.number;
  for (const group of reached) rowOf(group).reached += group.number;
  const list = [...rows.values()];
  return {
    rows: list,
    totals: {
      targeted: list.reduce((sum, row) => sum + row.targeted, 0),
      reached: list.reduce((sum, row) => sum + row.reached, 0),
    },
  };
}

/** What a report must hold before it can be submitted to the fund. Pure. */
import type { FieldError } from "./errors";
import { formatMoney, parseMoney } from "./money";
import type { ReportKind } from "./reportSchedule";

export const REPORT_SUBMISSION_RULES = [
  "indicatorValueMissing",
  "expenditureMissing",
  "expenditureTotalsDiffer",
] as const;
export type ReportSubmissionRule = (typeof REPORT_SUBMISSION_RULES)[number];

/** What the completeness rules read: the saved content, money as API decimal strings. */
export interface ReportSubmissionContent {
  indicatorValues: readonly { indicatorId: string }[];
  areaExpenditures: readonly { amount: string }[];
  activityExpenditures: readonly { amount: string }[];
}

function totalCents(list: readonly { amount: string }[]): number {
  return list.reduce((sum, e) => sum + (parseMoney(e.amount) ?? 0), 0);
}

/**
 * Every reason a report cannot be submitted yet: a narrative report gives a value for each of
 * the project's indicators; a financial report gives expenditure by area of work and by activity
 * type, and both break down the same total.
 */
export function checkReportSubmission(
  kind: ReportKind,
  content: ReportSubmissionContent,
  indicators: readonly { id: string; name: string }[],
): FieldError[] {
  const failures: FieldError[] = [];
  if (kind === "narrative") {
    const given = new Set(content.indicatorValues.map((v) => v.indicatorId));
    for (const indicator of indicators) {
      if (!given.has(indicator.id)) {
        failures.push({
          field: `indicatorValues.${indicator.id}`,
          code: "indicatorValueMissing",
          message: `Give the value reached for the indicator "${indicator.name}"`,
          params: { indicator: indicator.name },
        });
      }
    }
    return failures;
  }
  for (const [field, list, what] of [
    ["areaExpenditures", content.areaExpenditures, "area of work"],
    ["activityExpenditures", content.activityExpenditures, "activity type"],
  ] as const) {
    if (list.length === 0) {
      failures.push({
        field,
        code: "expenditureMissing",
        message: `Give the expenditure to date by ${what}`,
      });
    }
  }
  if (failures.length === 0) {
    const byArea = totalCents(content.areaExpenditures);
    const byActivity = totalCents(content.activityExpenditures);
    if (byArea !== byActivity) {
      failures.push({
        field: "activityExpenditures",
        code: "expenditureTotalsDiffer",
        message: `Expenditure by area of work (USD ${formatMoney(byArea)}) and by activity type (USD ${formatMoney(byActivity)}) must add up to the same total`,
        params: { byArea: formatMoney(byArea), byActivity: formatMoney(byActivity) },
      });
    }
  }
  return failures;
}

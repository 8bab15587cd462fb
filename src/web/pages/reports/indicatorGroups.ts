import type { ReportIndicator } from "../../../domain/reports";

export interface IndicatorGroup {
  key: string;
  level: ReportIndicator["level"];
  /** The statement the indicators measure; null for the objective's. */
  result: string | null;
  items: { indicator: ReportIndicator; index: number }[];
}

/**
 * The indicators under the result each one measures, in results-matrix order: consecutive
 * indicators of the same level and statement share a heading.
 */
export function groupIndicators(indicators: readonly ReportIndicator[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  indicators.forEach((indicator, index) => {
    const last = groups.at(-1);
    if (last && last.level === indicator.level && last.result === indicator.result) {
      last.items.push({ indicator, index });
    } else {
      groups.push({
        key: `${index}-${indicator.level}`,
        level: indicator.level,
        result: indicator.result,
        items: [{ indicator, index }],
      });
    }
  });
  return groups;
}

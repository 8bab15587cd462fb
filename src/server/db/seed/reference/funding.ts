/**
 * The two funding lines of the 1035 Facility (seed 002, Part III) and the funding years PRIMA
 * knows. Only the current and next years take new proposals; a fund manager opens or closes
 * them afterwards.
 */
import type { fundingYears, fundLines } from "../../schema";

export const FUND_LINES = [
  { code: "L1", nameEn: "Line 1", nameFr: "Ligne 1", nameEs: "Línea 1", sort: 1 },
  { code: "L2", nameEn: "Line 2", nameFr: "Ligne 2", nameEs: "Línea 2", sort: 2 },
] as const satisfies readonly (typeof fundLines.$inferInsert)[];

export type FundLineCode = (typeof FUND_LINES)[number]["code"];

export const FIRST_FUNDING_YEAR = 2013;
export const LAST_FUNDING_YEAR = 2027;
const OPEN_FUNDING_YEARS: readonly number[] = [2026, 2027];

export const FUNDING_YEARS: readonly (typeof fundingYears.$inferInsert)[] = Array.from(
  { length: LAST_FUNDING_YEAR - FIRST_FUNDING_YEAR + 1 },
  (_, index) => {
    const year = FIRST_FUNDING_YEAR + index;
    return { year, open: OPEN_FUNDING_YEARS.includes(year) };
  },
);

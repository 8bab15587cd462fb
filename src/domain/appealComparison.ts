/**
 * An appeal's funding requirements against the funded projects, by region, country or area of
 * work. The schemas are the API's and the web page's.
 *
 * Funded = the approved budget of approved, active and closed projects (in the read scope and the
 * filters). A project with several countries counts in each of them for an equal part of its
 * budget; by area of work, in each area for its share of the budget. Both splits are made in
 * whole cents and the leftover cents go one by one to the largest remainders (ties: country or
 * area code), so the parts of a project add up to its budget exactly.
 */
import { z } from "zod";
import { FIGURE_LANGUAGE_CODES } from "./dashboard";
import { EXPORT_FORMATS, type FigureTable } from "./figures";

export const APPEAL_GROUPINGS = ["region", "country", "area"] as const;
export type AppealGrouping = (typeof APPEAL_GROUPINGS)[number];

/** The statuses whose approved budget counts as funded. */
export const FUNDED_STATUSES = ["approved", "active", "closed"] as const;

const code = z.string().trim().min(1).max(40);

const comparisonFields = {
  by: z.enum(APPEAL_GROUPINGS).default("region"),
  fundingYear: z.coerce.number().int().min(2000).max(2100).optional(),
  fundLine: code.optional(),
  region: code.optional(),
};

/** Strict: a misspelt filter is an error, not a silently wider figure. */
export const appealComparisonQuery = z.strictObject(comparisonFields);
export type AppealComparisonQuery = z.output<typeof appealComparisonQuery>;

export const appealComparisonExportQuery = z.strictObject({
  ...comparisonFields,
  format: z.enum(EXPORT_FORMATS).default("xlsx"),
  lang: z.enum(FIGURE_LANGUAGE_CODES).default("en"),
});
export type AppealComparisonExportQuery = z.output<typeof appealComparisonExportQuery>;

/** The fields of an appeal upload (the text file follows them in the multipart form). */
export const appealImportFields = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,40}$/, "Letters, digits, '.', '-' or '_' (at most 40)"),
  title: z.string().trim().min(1).max(200),
  year: z.coerce.number().int().min(1900).max(2100),
});

const appealIssue = z.object({ line: z.number().int().nullable(), code: z.string(), message: z.string() });

export const appealImportSummary = z.object({
  code: z.string(),
  tables: z.array(z.string()),
  overviewOnly: z.array(z.string()),
  rows: z.number().int(),
  replacedRows: z.number().int(),
  totalCents: z.number().int(),
  overviewTotalCents: z.number().int().nullable(),
  warnings: z.array(appealIssue),
});

export const appealCodeParams = z.object({ code: z.string().regex(/^[\w.-]{1,40}$/) });

export const appealSummary = z.object({
  code: z.string(),
  title: z.string(),
  year: z.number().int(),
  currency: z.string(),
  importedAt: z.string(),
  requirements: z.number().int(),
  /** Sum of the requirements, in cents. */
  totalCents: z.number().int(),
});
export type AppealSummary = z.infer<typeof appealSummary>;
export const appealList = z.object({ items: z.array(appealSummary) });

/**
 * What a row stands for, in the rows' `row` key (not a column): a region, country or area; the
 * multi-regional requirements (region null); a region's own programmes (country null), or the
 * region as a whole where the appeal has no country breakdown for it (country null); figures not
 * broken down by area (area null); or the total.
 */
export const COMPARISON_ROW_KINDS = [
  "group",
  "multiRegional",
  "regionalProgrammes",
  "regionWide",
  "notBrokenDown",
  "total",
] as const;
export type ComparisonRowKind = (typeof COMPARISON_ROW_KINDS)[number];

/** A row without a code of its own: what its text columns say (their texts are in the locale files). */
export type ComparisonRowLabelKind = Exclude<ComparisonRowKind, "group">;

/**
 * Funded as a percentage of required, to two decimals (a small fund against a large appeal
 * covers fractions of a percent); null when nothing is required.
 */
export function coveragePercent(fundedCents: number, requiredCents: number): number | null {
  if (requiredCents <= 0) return null;
  return Math.round((fundedCents * 10_000) / requiredCents) / 100;
}

export function comparisonTableId(by: AppealGrouping): string {
  return by === "region" ? "appealByRegion" : by === "country" ? "appealByCountry" : "appealByArea";
}

/** The columns of a comparison table: the grouping's code columns, then the figures. */
export function comparisonColumns(by: AppealGrouping): FigureTable["columns"] {
  const keys: FigureTable["columns"] =
    by === "country"
      ? [
          { key: "region", type: "text" },
          { key: "country", type: "text" },
        ]
      : [{ key: by, type: "text" }];
  return [
    ...keys,
    { key: "required", type: "money" },
    { key: "funded", type: "money" },
    { key: "coverage", type: "percent" },
    { key: "projects", type: "integer" },
  ];
}

export type ComparisonNames = (column: "region" | "country" | "area", code: string) => string;

/**
 * The table with names instead of codes, in one language: what the screen shows and the files
 * hold. A row's `row` kind names the rows without a code (multi-regional, regional programmes,
 * not broken down, total).
 */
export function labelComparisonTable(
  table: FigureTable,
  nameOf: ComparisonNames,
  rowLabel: (kind: ComparisonRowLabelKind) => string,
): FigureTable {
  const textColumns = table.columns.filter((c) => c.type === "text").map((c) => c.key);
  return {
    ...table,
    rows: table.rows.map((row) => {
      const copy = { ...row };
      const kind = row.row as ComparisonRowKind;
      for (const [index, key] of textColumns.entries()) {
        const value = row[key];
        if (typeof value === "string") copy[key] = nameOf(key as "region" | "country" | "area", value);
        else if (kind === "total") copy[key] = index === 0 ? rowLabel("total") : null;
        else if (kind !== "group") copy[key] = rowLabel(kind);
      }
      return copy;
    }),
  };
}

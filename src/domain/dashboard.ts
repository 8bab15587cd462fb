/**
 * Dashboards and analysis reports: the filters every chart shares, the charts and reports there
 * are, and the tables they answer with. The filter schema is the API's and the web filter bar's.
 *
 * Filters select projects; every figure is then computed over the selected projects (so "area of
 * work: labour migration" keeps the projects with a share in that area, and the area chart shows
 * all areas of those projects).
 */
import { z } from "zod";
import { type FigureTable, figureTable } from "./figures";
import { PROJECT_STATUSES, type ProjectStatus } from "./lifecycle";

/** The charts computed from the figure rollups (one statement over the selected projects). */
export const ROLLUP_CHARTS = [
  "portfolio",
  "areas",
  "activities",
  "beneficiaries",
  "pipeline",
  "overdue",
] as const;
export type RollupChart = (typeof ROLLUP_CHARTS)[number];
/** "envelopes": the fund's envelopes per funding year and line, which belong to no project. */
export const DASHBOARD_CHARTS = [...ROLLUP_CHARTS, "envelopes"] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

export const ANALYSIS_REPORTS = [
  "projects-by-year-activity",
  "extensions",
  "reporting-compliance",
  "budget-revisions",
] as const;
export type AnalysisReport = (typeof ANALYSIS_REPORTS)[number];

export const FIGURE_YEAR_MIN = 2000;
export const FIGURE_YEAR_MAX = 2100;

const code = z.string().trim().min(1).max(40);
const year = z.coerce.number().int().min(FIGURE_YEAR_MIN).max(FIGURE_YEAR_MAX);

/** `status=submitted,endorsed` or `status=submitted&status=endorsed`: a set of statuses. */
const statusSet = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(","))
      .map((v) => v.trim())
      .filter((v) => v !== ""),
  z.array(z.enum(PROJECT_STATUSES)).max(PROJECT_STATUSES.length),
);

/** Each filter's schema: the web app parses URL parameters one by one with them. */
export const dashboardFilterFields = {
  region: code.optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  fundLine: code.optional(),
  status: statusSet.optional(),
  area: code.optional(),
};

const yearsInOrder = (filters: { yearFrom?: number; yearTo?: number }, ctx: z.RefinementCtx) => {
  if (filters.yearFrom !== undefined && filters.yearTo !== undefined && filters.yearFrom > filters.yearTo) {
    ctx.addIssue({
      code: "custom",
      path: ["yearTo"],
      message: "The last funding year must not be before the first",
    });
  }
};

/** Strict: a misspelt filter (?regoin=WCA) is an error, not a silently wider figure. */
export const dashboardFilters = z.strictObject(dashboardFilterFields).superRefine(yearsInOrder);
export type DashboardFilters = z.output<typeof dashboardFilters>;

export const FIGURE_LANGUAGE_CODES = ["en", "fr", "es"] as const;

/** An export: the same filters, the file format and the language of headings and names. */
export const figureExportQuery = z
  .strictObject({
    ...dashboardFilterFields,
    format: z.enum(["xlsx", "csv"]).default("xlsx"),
    lang: z.enum(FIGURE_LANGUAGE_CODES).default("en"),
  })
  .superRefine(yearsInOrder);
export type FigureExportQuery = z.output<typeof figureExportQuery>;

export const figureTables = z.object({ tables: z.array(figureTable) });
export type FigureTables = z.infer<typeof figureTables>;

/** Columns whose values are codes of a list; screens and files show their names instead. */
export const CODED_COLUMNS = {
  region: "regions",
  area: "areasOfWork",
  activity: "activityTypes",
  beneficiaryType: "beneficiaryTypes",
  fundLine: "fundLines",
} as const;
export type CodedColumn = keyof typeof CODED_COLUMNS;

/** The statuses in life-cycle order, for the pipeline chart's bars. */
export const PIPELINE_ORDER: readonly ProjectStatus[] = PROJECT_STATUSES;

/**
 * Tables with codes replaced by what a reader sees: `nameOf(column, code)` gives a code's name
 * (reference data or value labels), `null` region becomes the "no region" label. Numbers are
 * untouched, so a file holds exactly the numbers the chart drew.
 */
export function labelFigureTables(
  tables: readonly FigureTable[],
  nameOf: (column: string, value: string | null) => string | null,
): FigureTable[] {
  return tables.map((table) => {
    const labelled = table.columns.filter((c) => c.type === "text").map((c) => c.key);
    return {
      ...table,
      rows: table.rows.map((row) => {
        const copy = { ...row };
        for (const key of labelled) {
          const value = row[key];
          const name = nameOf(key, typeof value === "string" ? value : null);
          if (name !== null) copy[key] = name;
        }
        return copy;
      }),
    };
  });
}

/** The filters as URL parameters, in a stable order (for links and query keys). */
export function filterParams(filters: Partial<DashboardFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.region) params.set("region", filters.region);
  if (filters.yearFrom !== undefined) params.set("yearFrom", String(filters.yearFrom));
  if (filters.yearTo !== undefined) params.set("yearTo", String(filters.yearTo));
  if (filters.fundLine) params.set("fundLine", filters.fundLine);
  if (filters.status && filters.status.length > 0) params.set("status", filters.status.join(","));
  if (filters.area) params.set("area", filters.area);
  return params;
}

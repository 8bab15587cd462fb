/**
 * Reading the figure rollups (migration 0011, db/rollup/contributions.ts): a figure's rows within
 * the user's read scope and the filters, from the folded sums and the deltas not yet folded, in one
 * snapshot. Callers group and sum them; a group whose count `n` sums to 0 has nothing in it (a sum
 * that went to zero stays as a row: its keys may count again tomorrow).
 */
import { type SQL, sql } from "drizzle-orm";
import type { ReadScope } from "../../../policies/readScope";

/** Filters on a project's keys: the dashboard's and the home page's. */
export interface KeyFilters {
  region?: string;
  yearFrom?: number;
  yearTo?: number;
  fundLine?: string;
  status?: readonly string[];
  /**
   * Projects having this area of work among theirs: not a key of the project but a list, so the
   * rollups keep each project's rows once more per area (area_filter) and the base tables test
   * the list (figureSql.ts selectedProjects); keyConditions leaves it to them.
   */
  area?: string;
}

/** The columns holding a project's keys, in a projects row or a figure row. */
export interface KeyColumns {
  region: SQL;
  year: SQL;
  fundLine: SQL;
  status: SQL;
}

/**
 * The conditions of the read scope and the filters, which can only narrow it (a region filter
 * outside a regional scope selects nothing). The one place the figures' filters become SQL.
 */
export function keyConditions(columns: KeyColumns, scope: ReadScope, filters: KeyFilters): SQL[] {
  const conditions: SQL[] = [];
  const inScope = scope.where(columns.region);
  if (inScope) conditions.push(inScope);
  if (filters.region) conditions.push(sql`${columns.region} = ${filters.region}`);
  if (filters.yearFrom !== undefined) conditions.push(sql`${columns.year} >= ${filters.yearFrom}::int`);
  if (filters.yearTo !== undefined) conditions.push(sql`${columns.year} <= ${filters.yearTo}::int`);
  if (filters.fundLine) conditions.push(sql`${columns.fundLine} = ${filters.fundLine}`);
  if (filters.status && filters.status.length > 0) {
    conditions.push(
      sql`${columns.status} in (${sql.join(
        filters.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  return conditions;
}

export type Figure =
  | "project"
  | "area"
  | "activity"
  | "targeted"
  | "reached"
  | "decision"
  | "decisionByYear"
  | "decisionNoRegion"
  | "awaiting"
  | "submitted"
  | "extension"
  | "country"
  | "spent";

const ROW_COLUMNS = sql.raw("region_code, funding_year, fund_line, status, code, day, x, n, a, b");

/** `(…) alias`: the figure's rows for the scope and filters, columns as in figure_rollup. */
export function figureRows(figure: Figure, scope: ReadScope, filters: KeyFilters, alias = "f"): SQL {
  const f = sql.identifier(alias);
  const where = sql.join(
    [
      sql`figure = ${figure}`,
      sql`area_filter = ${filters.area ?? ""}`,
      ...keyConditions(
        {
          region: sql`region_code`,
          year: sql`funding_year`,
          fundLine: sql`fund_line`,
          status: sql`status`,
        },
        scope,
        filters,
      ),
    ],
    sql` and `,
  );
  return sql`(select ${ROW_COLUMNS} from figure_rollup where ${where}
    union all select ${ROW_COLUMNS} from figure_deltas where ${where}) ${f}`;
}

/**
 * Building blocks of the dashboard and analysis SQL: the selected projects (read scope and
 * filters), a table as a JSON array, and a query printed with its values for psql.
 *
 * Every chart is one statement answering one row with one JSON array per table, so a chart costs
 * one round trip and the server only parses what the chart shows.
 */
import { type SQL, sql } from "drizzle-orm";
import type { DashboardFilters } from "../../../../domain/dashboard";
import type { FigureColumn, FigureTable } from "../../../../domain/figures";
import type { DbOrTx } from "../../../db/client";
import { inlineSql } from "../../../db/inlineSql";
import { rowsOf } from "../../../db/rows";
import type { ReadScope } from "../../../policies/readScope";
import { keyConditions } from "../rollup/figureRows";

/**
 * The projects a figure counts: within the user's read scope, then the filters (which can only
 * narrow it: a region filter outside a regional scope selects nothing). Alias `p`, with the
 * columns the figures use.
 */
export function selectedProjects(scope: ReadScope, filters: DashboardFilters): SQL {
  const conditions = keyConditions(
    {
      region: sql`p.region_code`,
      year: sql`p.funding_year`,
      fundLine: sql`p.fund_line`,
      status: sql`p.status`,
    },
    scope,
    filters,
  );
  if (filters.area) {
    conditions.push(
      sql`exists (select 1 from project_area_shares fa where fa.project_id = p.id and fa.area_code = ${filters.area})`,
    );
  }
  const where = conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`true`;
  return sql`select p.id, p.region_code, p.funding_year, p.fund_line, p.status,
      p.requested_budget_cents, p.approved_budget_cents
    from projects p where ${where}`;
}

/** A table's rows as one JSON array, in the order of its query. */
export function jsonRows(query: SQL): SQL {
  return sql`(select coalesce(json_agg(t), '[]'::json) from (${query}) t)`;
}

/** What a chart or report runs: one statement, and the tables its row's columns hold. */
export interface FigureQuery {
  sql: SQL;
  tables: { id: string; columns: FigureColumn[] }[];
}

/** One statement, one row: `select (…) as "<table id>", …` for each table. */
export function figureQuery(
  projectsCte: SQL,
  tables: { id: string; columns: FigureColumn[]; query: SQL }[],
): FigureQuery {
  const selects = tables.map((t) => sql`${jsonRows(t.query)} as ${sql.identifier(t.id)}`);
  return {
    sql: sql`with p as (${projectsCte}) select ${sql.join(selects, sql`, `)}`,
    tables: tables.map(({ id, columns }) => ({ id, columns })),
  };
}

/** Tables that read the figure rollups, which need no selected projects: `select (…) as "<id>", …`. */
export function rollupFigureQuery(
  tables: { id: string; columns: FigureColumn[]; query: SQL }[],
): FigureQuery {
  const selects = tables.map((t) => sql`${jsonRows(t.query)} as ${sql.identifier(t.id)}`);
  return {
    sql: sql`select ${sql.join(selects, sql`, `)}`,
    tables: tables.map(({ id, columns }) => ({ id, columns })),
  };
}

export async function runFigureQuery(db: DbOrTx, query: FigureQuery): Promise<FigureTable[]> {
  const result = await rowsOf<Record<string, unknown>>(db.execute(query.sql));
  const row = result.rows[0] ?? {};
  return query.tables.map((table) => {
    const value = row[table.id];
    // node-postgres parses json; PGlite too, but be lenient with a driver handing back text.
    const rows = (typeof value === "string" ? JSON.parse(value) : (value ?? [])) as FigureTable["rows"];
    return { id: table.id, columns: table.columns, rows };
  });
}

/** The statement with its values written in, to run alone in psql (benchmarks, EXPLAIN ANALYZE). */
export const printableSql = inlineSql;

/**
 * Rows of a chunk of generated projects, per table, and their bulk insert: one statement per
 * table and up to ROWS_PER_STATEMENT rows, the rows passed as one JSON parameter and expanded by
 * json_populate_recordset (the same on PostgreSQL and PGlite, a single bind parameter whatever
 * the number of rows). Tables are filled in the order of their foreign keys.
 */
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../src/server/db/client";
import * as schema from "../../src/server/db/schema";

/** Insert order: a table comes after those its rows point at. */
export const TABLES = {
  projects: schema.projects,
  projectCountries: schema.projectCountries,
  budgetYears: schema.projectBudgetYears,
  projectAreaShares: schema.projectAreaShares,
  projectActivityShares: schema.projectActivityShares,
  projectBeneficiaries: schema.projectBeneficiaries,
  projectStrategyPoints: schema.projectStrategyPoints,
  projectMigof: schema.projectMigof,
  projectTransitions: schema.projectTransitions,
  matrices: schema.resultsMatrices,
  statements: schema.resultStatements,
  indicators: schema.indicators,
  workplans: schema.workplans,
  milestones: schema.milestones,
  extensions: schema.extensions,
  auditEvents: schema.auditEvents,
  reports: schema.reports,
  indicatorValues: schema.reportIndicatorValues,
  reportBeneficiaries: schema.reportBeneficiaries,
  areaExpenditures: schema.reportAreaExpenditures,
  activityExpenditures: schema.reportActivityExpenditures,
  reportEvents: schema.reportEvents,
  documents: schema.documents,
  documentVersions: schema.documentVersions,
  bookmarks: schema.bookmarks,
} as const;

export type TableKey = keyof typeof TABLES;
export type Rows = { [K in TableKey]: (typeof TABLES)[K]["$inferInsert"][] };

export function emptyRows(): Rows {
  return Object.fromEntries(Object.keys(TABLES).map((key) => [key, []])) as unknown as Rows;
}

const ROWS_PER_STATEMENT = 20_000;

/** Column keys in the rows → database column names; keys no row carries are left to their defaults. */
function columnsOf(table: PgTable, rows: readonly object[]): { key: string; name: string }[] {
  const present = new Set<string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) if (value !== undefined) present.add(key);
  return Object.entries(getTableColumns(table))
    .filter(([key]) => present.has(key))
    .map(([key, column]) => ({ key, name: column.name }));
}

export async function insertRows(db: DbOrTx, table: PgTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = columnsOf(table, rows);
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(", "));
  const tableName = sql.identifier(getTableName(table));
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const record: Record<string, unknown> = {};
      for (const { key, name } of columns) record[name] = (row as Record<string, unknown>)[key] ?? null;
      return record;
    });
    await db.execute(
      sql`insert into ${tableName} (${names}) select ${names} from json_populate_recordset(null::${tableName}, ${JSON.stringify(batch)}::json)`,
    );
  }
}

/** Inserts every table of the chunk in order and adds their row counts to `counts`. */
export async function insertChunk(db: DbOrTx, rows: Rows, counts: Map<string, number>): Promise<void> {
  // Outcomes before the outputs that point at them.
  rows.statements.sort((a, b) => (a.level === b.level ? 0 : a.level === "outcome" ? -1 : 1));
  for (const [key, table] of Object.entries(TABLES) as [TableKey, PgTable][]) {
    const list = rows[key];
    const started = performance.now();
    await insertRows(db, table, list);
    const name = getTableName(table);
    if (process.env.BENCH_TRACE)
      console.log(`  ${name}: ${list.length} rows, ${(performance.now() - started).toFixed(0)} ms`);
    counts.set(name, (counts.get(name) ?? 0) + list.length);
  }
}

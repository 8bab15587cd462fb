/**
 * Installs the figure rollups' definition after the migrations (migration 0011 holds the tables
 * and triggers): project_figure_rows() from contributions.ts, and, when that definition differs
 * from the one the tables were built with (a new installation, an upgrade, a rule changed), the
 * tables rebuilt from the base tables in one transaction.
 */
import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { inlineSql } from "../inlineSql";
import { FIGURE_KEYS, figureContributions } from "./contributions";

/** What install needs of a database (the client module's Db, without importing it). */
interface Executor {
  execute(query: SQL): Promise<unknown>;
  transaction<T>(fn: (tx: { execute(query: SQL): Promise<unknown> }) => Promise<T>): Promise<T>;
}

function functionSql(): string {
  const body = inlineSql(figureContributions(sql.raw("p.id = any(ids)")));
  return `CREATE OR REPLACE FUNCTION project_figure_rows(ids uuid[]) RETURNS SETOF project_figures
    LANGUAGE sql STABLE AS $figures$ ${body} $figures$`;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

export async function installFigureRollup(db: Executor): Promise<{ rebuilt: boolean }> {
  const definition = functionSql();
  const digest = createHash("sha256").update(definition).digest("hex");
  return db.transaction(async (tx) => {
    const current = rowsOf(await tx.execute(sql`select digest from figure_definition where id = 1`));
    if (current[0]?.digest === digest) return { rebuilt: false };
    // No refresh may run between the old rows going and the new ones coming.
    await tx.execute(sql`select pg_advisory_xact_lock(4242011)`);
    await tx.execute(sql.raw(definition));
    await tx.execute(sql`truncate project_figures, figure_rollup, figure_deltas, project_figures_pending`);
    await tx.execute(sql`insert into project_figures ${figureContributions(sql`true`)}`);
    await tx.execute(
      sql.raw(`insert into figure_rollup select ${FIGURE_KEYS}, sum(n), sum(a), sum(b)
        from project_figures group by ${FIGURE_KEYS}`),
    );
    await tx.execute(
      sql`insert into figure_definition (id, digest) values (1, ${digest})
        on conflict (id) do update set digest = excluded.digest`,
    );
    return { rebuilt: true };
  });
}

/** Folds the deltas written since the last time into the sums; returns how many it folded. */
export async function compactFigureRollup(db: Pick<Executor, "execute">): Promise<number> {
  const rows = rowsOf(await db.execute(sql`select figure_rollup_compact() as folded`));
  return Number(rows[0]?.folded ?? 0);
}

/**
 * The envelope figures of every funding year and fund line: the allocations set, and what is
 * committed, in the pipeline and spent, read from the figure rollup (migration 0026): each
 * project's figures kept by the database as the data change, so they are the base tables' sums
 * (the rollup property test compares them with envelopeSumsFromBase) without reading every report
 * of the portfolio on each request.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { COMMITTED_STATUSES, type EnvelopeState, PIPELINE_STATUSES } from "../../../domain/envelopes";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import {
  fundEnvelopes,
  fundingYears,
  fundLines,
  projects,
  reportAreaExpenditures,
  users,
} from "../../db/schema";
import { latestAcceptedFinancialReports } from "../reports/latestAcceptedFinancialReports";

export interface EnvelopeRecord {
  fundingYear: number;
  fundLine: string;
  allocatedCents: number | null;
  committedCents: number;
  pipelineCents: number;
  spentCents: number;
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

/** What the projects of one funding year and fund line hold, in cents. */
export interface EnvelopeSums {
  committed: number;
  pipeline: number;
  spent: number;
}

const key = (year: number, line: string) => `${year}/${line}`;

const statusList = (statuses: readonly string[]) =>
  sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  );

/** The sums per year and line from the rollup: the projects' figures, folded and not yet folded. */
export async function envelopeSums(db: DbOrTx): Promise<Map<string, EnvelopeSums>> {
  const where = sql`figure in ('project', 'spent') and area_filter = ''`;
  const columns = sql`figure, funding_year, fund_line, status, a, b`;
  const result = await rowsOf<{
    year: number;
    line: string;
    committed: string;
    pipeline: string;
    spent: string;
  }>(
    db.execute(sql`select funding_year as year, fund_line as line,
        coalesce(sum(a) filter (where figure = 'project' and status in (${statusList(COMMITTED_STATUSES)})), 0)::text as committed,
        coalesce(sum(b) filter (where figure = 'project' and status in (${statusList(PIPELINE_STATUSES)})), 0)::text as pipeline,
        coalesce(sum(a) filter (where figure = 'spent'), 0)::text as spent
      from (select ${columns} from figure_rollup where ${where}
        union all select ${columns} from figure_deltas where ${where}) f
      group by funding_year, fund_line`),
  );
  return new Map(
    result.rows.map((r) => [
      key(Number(r.year), r.line),
      { committed: Number(r.committed), pipeline: Number(r.pipeline), spent: Number(r.spent) },
    ]),
  );
}

async function sumsByYearAndLine(
  db: DbOrTx,
  column: typeof projects.approvedBudgetCents | typeof projects.requestedBudgetCents,
  statuses: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .select({
      year: projects.fundingYear,
      line: projects.fundLine,
      total: sql<string>`coalesce(sum(${column}), 0)`,
    })
    .from(projects)
    .where(inArray(projects.status, [...statuses] as (typeof projects.$inferSelect.status)[]))
    .groupBy(projects.fundingYear, projects.fundLine);
  return new Map(rows.map((r) => [key(r.year, r.line), Number(r.total)]));
}

/** Expenditure is reported to date, so a project's spending is its latest accepted financial report. */
async function spentByYearAndLine(db: DbOrTx): Promise<Map<string, number>> {
  const latest = latestAcceptedFinancialReports(db);
  const rows = await db
    .select({
      year: projects.fundingYear,
      line: projects.fundLine,
      total: sql<string>`coalesce(sum(${reportAreaExpenditures.amountCents}), 0)`,
    })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .innerJoin(reportAreaExpenditures, eq(reportAreaExpenditures.reportId, latest.id))
    .groupBy(projects.fundingYear, projects.fundLine);
  return new Map(rows.map((r) => [key(r.year, r.line), Number(r.total)]));
}

/** The same sums from the base tables: what the rollup must always equal (the property test). */
export async function envelopeSumsFromBase(db: DbOrTx): Promise<Map<string, EnvelopeSums>> {
  const committed = await sumsByYearAndLine(db, projects.approvedBudgetCents, COMMITTED_STATUSES);
  const pipeline = await sumsByYearAndLine(db, projects.requestedBudgetCents, PIPELINE_STATUSES);
  const spent = await spentByYearAndLine(db);
  const sums = new Map<string, EnvelopeSums>();
  for (const k of new Set([...committed.keys(), ...pipeline.keys(), ...spent.keys()])) {
    sums.set(k, {
      committed: committed.get(k) ?? 0,
      pipeline: pipeline.get(k) ?? 0,
      spent: spent.get(k) ?? 0,
    });
  }
  return sums;
}

export async function listEnvelopes(db: DbOrTx): Promise<EnvelopeRecord[]> {
  const years = await db
    .select({ year: fundingYears.year })
    .from(fundingYears)
    .orderBy(asc(fundingYears.year));
  const lines = await db
    .select({ code: fundLines.code })
    .from(fundLines)
    .orderBy(asc(fundLines.sort), asc(fundLines.code));
  const set = await db
    .select({
      year: fundEnvelopes.fundingYear,
      line: fundEnvelopes.fundLine,
      allocated: fundEnvelopes.allocatedCents,
      version: fundEnvelopes.version,
      updatedAt: fundEnvelopes.updatedAt,
      updatedById: users.id,
      updatedByName: users.name,
    })
    .from(fundEnvelopes)
    .leftJoin(users, eq(users.id, fundEnvelopes.updatedById));
  const envelopes = new Map(set.map((e) => [key(e.year, e.line), e]));
  const sums = await envelopeSums(db);
  return years.flatMap(({ year }) =>
    lines.map(({ code }) => {
      const k = key(year, code);
      const envelope = envelopes.get(k);
      return {
        fundingYear: year,
        fundLine: code,
        allocatedCents: envelope ? envelope.allocated : null,
        committedCents: sums.get(k)?.committed ?? 0,
        pipelineCents: sums.get(k)?.pipeline ?? 0,
        spentCents: sums.get(k)?.spent ?? 0,
        version: envelope ? envelope.version : 0,
        updatedAt: envelope ? envelope.updatedAt : null,
        updatedBy: envelope?.updatedById
          ? { id: envelope.updatedById, name: envelope.updatedByName ?? "" }
          : null,
      };
    }),
  );
}

/**
 * What the approval rule needs, read inside the approval's transaction. The envelope row is
 * locked so that two approvals on the same line and year cannot both take the last money.
 */
export async function loadEnvelopeState(
  tx: DbOrTx,
  year: number,
  line: string,
): Promise<EnvelopeState | null> {
  const [envelope] = await tx
    .select({ allocated: fundEnvelopes.allocatedCents })
    .from(fundEnvelopes)
    .where(and(eq(fundEnvelopes.fundingYear, year), eq(fundEnvelopes.fundLine, line)))
    .for("update");
  if (!envelope) return null;
  const [committed] = await tx
    .select({ total: sql<string>`coalesce(sum(${projects.approvedBudgetCents}), 0)` })
    .from(projects)
    .where(
      and(
        eq(projects.fundingYear, year),
        eq(projects.fundLine, line),
        inArray(projects.status, [...COMMITTED_STATUSES]),
      ),
    );
  return { allocatedCents: envelope.allocated, committedCents: Number(committed?.total ?? 0) };
}

/**
 * The envelope figures of every funding year and fund line, computed from the base tables each
 * time (projects and accepted financial reports), so they can never drift from them.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { COMMITTED_STATUSES, type EnvelopeState, PIPELINE_STATUSES } from "../../../domain/envelopes";
import type { DbOrTx } from "../../db/client";
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

const key = (year: number, line: string) => `${year}/${line}`;

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
  const committed = await sumsByYearAndLine(db, projects.approvedBudgetCents, COMMITTED_STATUSES);
  const pipeline = await sumsByYearAndLine(db, projects.requestedBudgetCents, PIPELINE_STATUSES);
  const spent = await spentByYearAndLine(db);
  return years.flatMap(({ year }) =>
    lines.map(({ code }) => {
      const k = key(year, code);
      const envelope = envelopes.get(k);
      return {
        fundingYear: year,
        fundLine: code,
        allocatedCents: envelope ? envelope.allocated : null,
        committedCents: committed.get(k) ?? 0,
        pipelineCents: pipeline.get(k) ?? 0,
        spentCents: spent.get(k) ?? 0,
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

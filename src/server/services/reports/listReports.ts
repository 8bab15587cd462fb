/**
 * Reports across the portfolio the user may read, by state: the overdue list and its siblings.
 * States are computed in SQL from today's date so that a page and the counts never load every
 * report: overdue is domain isOverdue, through services/sql/overdueReportSql.ts.
 */
import { and, asc, count, eq, ilike, ne, or, type SQL, sql } from "drizzle-orm";
import type { IsoDate } from "../../../domain/calendar";
import type { ReportState } from "../../../domain/reportSchedule";
import type { ReportListQuery, ReportListState } from "../../../domain/reports";
import type { DbOrTx } from "../../db/client";
import { containsPattern } from "../../db/likePattern";
import { projects, reports } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { overdueReportCondition } from "../sql/overdueReportSql";
import type { ReportRow } from "./loadReport";

/** The SQL twin of reportState(report, today) in domain/reportSchedule.ts. */
export function stateCondition(state: ReportListState, today: IsoDate): SQL | undefined {
  switch (state) {
    case "overdue":
      return overdueReportCondition(reports, today);
    case "due":
      return and(
        eq(reports.status, "pending"),
        sql`${reports.periodEnd} < ${today}::date`,
        sql`${reports.dueDate} >= ${today}::date`,
      );
    case "upcoming":
      return and(eq(reports.status, "pending"), sql`${reports.periodEnd} >= ${today}::date`);
    case "open":
      return ne(reports.status, "accepted");
    default:
      return eq(reports.status, state);
  }
}

/** What the user may read, narrowed by the filters; the state is applied separately. */
function portfolioFilters(user: Actor, query: ReportListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [readScope(user).where(projects.regionCode)];
  if (query.mine) conditions.push(or(eq(projects.pmId, user.id), eq(projects.altPmId, user.id)));
  if (query.region) conditions.push(eq(projects.regionCode, query.region));
  if (query.fundingYear) conditions.push(eq(projects.fundingYear, query.fundingYear));
  if (query.fundLine) conditions.push(eq(projects.fundLine, query.fundLine));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(projects.title, pattern), ilike(projects.code, pattern)));
  }
  return and(...conditions);
}

const COUNTED: ReportState[] = ["overdue", "due", "upcoming", "submitted", "returned", "accepted"];

export interface ReportListRow {
  report: ReportRow;
  project: { id: string; code: string; title: string; region: string | null; fundingYear: number };
}

export async function listReports(
  db: DbOrTx,
  user: Actor,
  query: ReportListQuery,
  today: IsoDate,
): Promise<{ rows: ReportListRow[]; total: number; counts: Record<ReportState, number> }> {
  const portfolio = portfolioFilters(user, query);
  const where = and(portfolio, stateCondition(query.state, today));
  const rows = await db
    .select({
      report: reports,
      project: {
        id: projects.id,
        code: projects.code,
        title: projects.title,
        region: projects.regionCode,
        fundingYear: projects.fundingYear,
      },
    })
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(where)
    .orderBy(
      asc(reports.dueDate),
      asc(projects.code),
      sql`case when ${reports.kind} = 'narrative' then 0 else 1 end`,
      asc(reports.sequence),
      asc(reports.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const perState: Record<string, SQL<number>> = Object.fromEntries(
    COUNTED.map((state) => [
      state,
      sql<number>`(count(*) filter (where ${stateCondition(state, today)}))::int`,
    ]),
  );
  const [totals] = await db
    .select(perState)
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(portfolio);
  const counted = (totals ?? {}) as Record<string, number>;
  const [matching] = await db
    .select({ total: count() })
    .from(reports)
    .innerJoin(projects, eq(projects.id, reports.projectId))
    .where(where);
  return {
    rows,
    total: matching?.total ?? 0,
    counts: Object.fromEntries(COUNTED.map((s) => [s, Number(counted[s] ?? 0)])) as Record<
      ReportState,
      number
    >,
  };
}

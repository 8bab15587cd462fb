/**
 * The portfolio at a glance, for the home page: projects per country (the world map) and the
 * headline figures, within the projects the user may read and the optional filters.
 *
 * Two aggregate queries. Unfiltered for a user who reads everything, neither touches more than
 * one table per figure (project_countries grouped by country; projects in one pass; pending
 * reports through reports_due_idx on (status, due_date)); a region or year filter goes through
 * projects_region_year_idx, a status through projects_status_idx. Even so, counting 100,000
 * projects costs tens of milliseconds, and every user lands on this page: the figures are kept in
 * the portfolio cache (cache/portfolioCache.ts) per (read scope, filters, day) until the data
 * changes, as the dashboard's are, and concurrent requests share one count. `countedAt` says when
 * the figures served were counted.
 */
import { type SQL, sql } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import type { PortfolioSummary, PortfolioSummaryQuery } from "../../../domain/portfolio";
import { cachedAnswer } from "../../cache/portfolioCache";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor } from "../../policies/actor";
import { type ReadScope, readScope } from "../../policies/readScope";
import { overdueReportAs } from "../sql/overdueReportSql";

/** Conditions on `p` (projects) for the read scope and the filters; null when there are none. */
function projectConditions(scope: ReadScope, query: PortfolioSummaryQuery): SQL | null {
  const conditions: SQL[] = [];
  const inScope = scope.where(sql`p.region_code`);
  if (inScope) conditions.push(inScope);
  if (query.fundingYear !== undefined) conditions.push(sql`p.funding_year = ${query.fundingYear}`);
  if (query.status !== undefined) conditions.push(sql`p.status = ${query.status}`);
  return conditions.length ? sql.join(conditions, sql` and `) : null;
}

interface HeadlineRow {
  projects: number | string;
  active: number | string;
  approved: string | null;
  overdue: number | string;
}

async function countSummary(
  db: DbOrTx,
  scope: ReadScope,
  query: PortfolioSummaryQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const where = projectConditions(scope, query);
  const today = dayOf(now);
  const countries = await rowsOf<{ country: string; projects: number | string }>(
    db.execute(
      where
        ? sql`select pc.country_iso3 as country, count(*)::int as projects
          from project_countries pc join projects p on p.id = pc.project_id
          where ${where} group by pc.country_iso3 order by projects desc, country`
        : sql`select country_iso3 as country, count(*)::int as projects
          from project_countries group by country_iso3 order by projects desc, country`,
    ),
  );
  const inScope = where ? sql`and r.project_id in (select p.id from projects p where ${where})` : sql``;
  const headline = await rowsOf<HeadlineRow>(
    db.execute(sql`
    select count(*)::int as projects,
      count(*) filter (where p.status = 'active')::int as active,
      coalesce(sum(p.approved_budget_cents), 0)::text as approved,
      (select count(*) from reports r
        where ${overdueReportAs("r", today)} ${inScope})::int as overdue
    from projects p where ${where ?? sql`true`}
  `),
  );
  const row = headline.rows[0];
  return {
    countries: countries.rows.map((r) => ({ country: r.country, projects: Number(r.projects) })),
    headline: {
      projects: Number(row?.projects ?? 0),
      activeProjects: Number(row?.active ?? 0),
      approvedBudgetCents: String(row?.approved ?? "0"),
      countriesReached: countries.rows.length,
      overdueReports: Number(row?.overdue ?? 0),
    },
    countedAt: now.toISOString(),
  };
}

export function portfolioSummary(
  db: DbOrTx,
  user: Actor,
  query: PortfolioSummaryQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const scope = readScope(user);
  if (scope.kind === "none") return countSummary(db, scope, query, now);
  const key = JSON.stringify([scope.key, query.fundingYear ?? null, query.status ?? null, dayOf(now)]);
  return cachedAnswer(db, `summary ${key}`, () => countSummary(db, scope, query, now));
}

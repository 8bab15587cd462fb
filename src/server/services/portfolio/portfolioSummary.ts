/**
 * The portfolio at a glance, for the home page: projects per country (the world map) and the
 * headline figures, within the projects the user may read and the optional filters.
 *
 * Two aggregate queries over the figure rollups (services/portfolio/rollup): a few hundred summed
 * rows whatever the portfolio's size. The figures are still kept in the portfolio cache
 * (cache/portfolioCache.ts) per (read scope, filters, day) until the data change, and concurrent
 * requests share one count; nothing depends on it. `countedAt` says when the figures served were
 * counted.
 */
import { sql } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import type { PortfolioSummary, PortfolioSummaryQuery } from "../../../domain/portfolio";
import { cachedAnswer } from "../../cache/portfolioCache";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor } from "../../policies/actor";
import { type ReadScope, readScope } from "../../policies/readScope";
import { dueBefore } from "../sql/overdueReportSql";
import { figureRows, type KeyFilters } from "./rollup/figureRows";

/** The home page's filters as the rollups' key filters. */
function keyFilters(query: PortfolioSummaryQuery): KeyFilters {
  return {
    yearFrom: query.fundingYear,
    yearTo: query.fundingYear,
    status: query.status === undefined ? undefined : [query.status],
  };
}

interface HeadlineRow {
  projects: number | string | null;
  active: number | string | null;
  approved: string | null;
  overdue: number | string | null;
}

export async function countSummary(
  db: DbOrTx,
  scope: ReadScope,
  query: PortfolioSummaryQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const filters = keyFilters(query);
  const today = dayOf(now);
  const countries = await rowsOf<{ country: string; projects: number | string }>(
    db.execute(sql`select f.code as country, sum(f.n)::int as projects
      from ${figureRows("country", scope, filters)}
      group by f.code having sum(f.n) > 0
      order by projects desc, country`),
  );
  const headline = await rowsOf<HeadlineRow>(
    db.execute(sql`select
      (select sum(f.n) from ${figureRows("project", scope, filters)})::int as projects,
      (select sum(f.n) from ${figureRows("project", scope, filters)} where f.status = 'active')::int as active,
      (select sum(f.a) from ${figureRows("project", scope, filters)})::text as approved,
      (select sum(f.n) from ${figureRows("awaiting", scope, filters)}
        where ${dueBefore(sql`f.day`, today)})::int as overdue`),
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

/**
 * The portfolio at a glance, for the home page: projects per country (the world map) and the
 * headline figures, within the projects the user may read and the optional filters.
 *
 * Two aggregate queries. Unfiltered for a user who reads everything, neither touches more than
 * one table per figure (project_countries grouped by country; projects in one pass; pending
 * reports through reports_due_idx on (status, due_date)); a region or year filter goes through
 * projects_region_year_idx, a status through projects_status_idx. Even so, counting 100,000
 * projects costs tens of milliseconds, and every user lands on this page: the figures are kept
 * for a minute per (read scope, filters, day) and concurrent requests share one count.
 */
import { type SQL, sql } from "drizzle-orm";
import { dayOf } from "../../domain/calendar";
import type { PortfolioSummary, PortfolioSummaryQuery } from "../../domain/portfolio";
import type { DbOrTx } from "../db/client";
import type { Actor } from "../policies/actor";
import { type ReadScope, readScope } from "../policies/readScope";

/** How long counted figures are served before they are counted again. */
export const SUMMARY_MAX_AGE_MS = 60_000;
const MAX_KEYS = 1000;

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
  const countries = (await db.execute(
    where
      ? sql`select pc.country_iso3 as country, count(*)::int as projects
          from project_countries pc join projects p on p.id = pc.project_id
          where ${where} group by pc.country_iso3 order by projects desc, country`
      : sql`select country_iso3 as country, count(*)::int as projects
          from project_countries group by country_iso3 order by projects desc, country`,
  )) as unknown as { rows: { country: string; projects: number | string }[] };
  const inScope = where ? sql`and r.project_id in (select p.id from projects p where ${where})` : sql``;
  const headline = (await db.execute(sql`
    select count(*)::int as projects,
      count(*) filter (where p.status = 'active')::int as active,
      coalesce(sum(p.approved_budget_cents), 0)::text as approved,
      (select count(*) from reports r
        where r.status = 'pending' and r.due_date < ${today}::date ${inScope})::int as overdue
    from projects p where ${where ?? sql`true`}
  `)) as unknown as { rows: HeadlineRow[] };
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

/** Figures being counted or counted recently, per database (tests open several at once). */
const counted = new WeakMap<object, Map<string, { at: number; summary: Promise<PortfolioSummary> }>>();

export function portfolioSummary(
  db: DbOrTx,
  user: Actor,
  query: PortfolioSummaryQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const scope = readScope(user);
  if (scope.kind === "none") return countSummary(db, scope, query, now);
  const key = JSON.stringify([scope.key, query.fundingYear ?? null, query.status ?? null, dayOf(now)]);
  let entries = counted.get(db);
  if (!entries) {
    entries = new Map();
    counted.set(db, entries);
  }
  const kept = entries.get(key);
  if (kept && now.getTime() - kept.at >= 0 && now.getTime() - kept.at < SUMMARY_MAX_AGE_MS)
    return kept.summary;
  if (entries.size >= MAX_KEYS) entries.clear();
  const summary = countSummary(db, scope, query, now);
  entries.set(key, { at: now.getTime(), summary });
  // A failed count is not kept: the next request tries again.
  summary.catch(() => {
    if (entries.get(key)?.summary === summary) entries.delete(key);
  });
  return summary;
}

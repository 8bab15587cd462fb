/**
 * The portfolio at a glance, for the home page: projects per country (the world map) and the
 * headline figures, within the projects the user may read and the optional filters.
 *
 * Two aggregate queries, whatever the portfolio's size: one groups project_countries by country
 * (index project_countries_country_idx is not needed: a hash aggregate over the join is the plan
 * at 100,000 projects; the filters use projects_status_idx and projects_region_year_idx); the other
 * counts projects, active ones, approved budget and overdue reports (reports_due_idx on
 * status, due_date) in one row. The median review turnaround reads project_transitions through
 * project_transitions_project_idx, once per regional decision.
 */
import { type SQL, sql } from "drizzle-orm";
import { dayOf } from "../../domain/calendar";
import type { PortfolioSummary, PortfolioSummaryQuery } from "../../domain/portfolio";
import type { DbOrTx } from "../db/client";
import type { Actor } from "../policies/actor";
import { projectReadScope } from "../policies/project";

/** Conditions on `p` (projects) for the user's read scope and the filters. */
function projectConditions(user: Actor, query: PortfolioSummaryQuery): SQL {
  const scope = projectReadScope(user);
  const conditions: SQL[] = [sql`true`];
  if (scope.kind === "none") conditions.push(sql`false`);
  if (scope.kind === "region") conditions.push(sql`p.region_code = ${scope.region}`);
  if (query.fundingYear !== undefined) conditions.push(sql`p.funding_year = ${query.fundingYear}`);
  if (query.status !== undefined) conditions.push(sql`p.status = ${query.status}`);
  return sql.join(conditions, sql` and `);
}

interface HeadlineRow {
  projects: number | string;
  active: number | string;
  approved: string | null;
  overdue: number | string;
  median_review_days: number | string | null;
}

export async function portfolioSummary(
  db: DbOrTx,
  user: Actor,
  query: PortfolioSummaryQuery,
  now: Date,
): Promise<PortfolioSummary> {
  const where = projectConditions(user, query);
  const today = dayOf(now);
  const countries = (await db.execute(sql`
    select pc.country_iso3 as country, count(*)::int as projects
    from project_countries pc join projects p on p.id = pc.project_id
    where ${where}
    group by pc.country_iso3
    order by projects desc, country
  `)) as unknown as { rows: { country: string; projects: number | string }[] };
  const headline = (await db.execute(sql`
    with scoped as (select p.id, p.status, p.approved_budget_cents from projects p where ${where})
    select
      (select count(*) from scoped)::int as projects,
      (select count(*) from scoped where status = 'active')::int as active,
      (select coalesce(sum(approved_budget_cents), 0)::text from scoped) as approved,
      (select count(*) from reports r join scoped s on s.id = r.project_id
        where r.status = 'pending' and r.due_date < ${today}::date)::int as overdue,
      (select round(percentile_cont(0.5) within group (
          order by extract(epoch from (t.at - entered.at)) / 86400.0)::numeric, 1)::float8
        from project_transitions t
        join scoped s on s.id = t.project_id
        cross join lateral (
          select max(e.at) as at from project_transitions e
          where e.project_id = t.project_id and e.to_status = 'submitted' and e.at <= t.at
        ) entered
        where t.from_status = 'submitted' and t.transition in ('endorse', 'returnToDraft', 'notEndorse')
      ) as median_review_days
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
      medianReviewDays:
        row?.median_review_days === null || row?.median_review_days === undefined
          ? null
          : Number(row.median_review_days),
    },
  };
}

/**
 * Review turnaround's durations: how long each decision on a proposal waited (submission → the
 * reviewer's decision, endorsement → the fund's; withdrawals are not decisions), counted in tenths
 * of a day (2.4 hours, rounded). The dashboard, the Fund rules page and the figure rollups take
 * their medians and 90th percentiles over these same tenths, so the rollups can keep them as
 * counts per tenth and still give the same figures (services/portfolio/rollup/percentileSql.ts).
 */
import { type SQL, sql } from "drizzle-orm";
import { decisionSql } from "./lifeCycleSql";

const decision = decisionSql({ fromStatus: sql`s.from_status`, transition: sql`s.transition` });

/** Rows (project_id, stage, tenths) for the projects of `projects` (alias p, column id). */
export function decisionTenths(projects: SQL): SQL {
  return sql`select s.project_id, ${decision.stage} as stage,
      round(extract(epoch from (s.at - s.entered_at)) / 8640.0)::int as tenths
    from (
      select t.project_id, t.from_status, t.transition, t.at,
             lag(t.at) over (partition by t.project_id order by t.at, t.id) as entered_at
      from project_transitions t join ${projects} on p.id = t.project_id
    ) s
    where s.entered_at is not null and ${decision.isDecision}`;
}

/** A duration in tenths of a day as the figures show it: days, to one decimal. */
export function daysFromTenths(tenths: SQL): SQL {
  return sql`round((${tenths} / 10)::numeric, 1)::float8`;
}

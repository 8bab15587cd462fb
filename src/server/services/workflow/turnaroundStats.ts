/**
 * Review turnaround: how long proposals wait for the regional reviewer (submission → endorse,
 * return or not endorse) and for the fund (endorsement → approve, return or reject), as median
 * and 90th percentile in days, by region and funding year. Withdrawals are not decisions.
 */
import { sql } from "drizzle-orm";
import type { TurnaroundStats } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { decisionSql } from "../sql/lifeCycleSql";

/** The decision steps, and their stage, from the life-cycle table. */
const decision = decisionSql({ fromStatus: sql`s.from_status`, transition: sql`s.transition` });

export async function turnaroundStats(
  db: DbOrTx,
  user: Actor,
  filter: { fundingYear?: number; region?: string },
): Promise<TurnaroundStats["items"]> {
  const conditions = [sql`true`];
  const inScope = readScope(user).where(sql`p.region_code`);
  if (inScope) conditions.push(inScope);
  if (filter.fundingYear !== undefined) conditions.push(sql`p.funding_year = ${filter.fundingYear}`);
  if (filter.region !== undefined) conditions.push(sql`p.region_code = ${filter.region}`);
  const result = await rowsOf<TurnaroundStats["items"][number]>(
    db.execute(sql`
    with steps as (
      select t.project_id, t.from_status, t.transition, t.at,
             lag(t.at) over (partition by t.project_id order by t.at, t.id) as entered_at
      from project_transitions t
    ), decisions as (
      select s.project_id,
             ${decision.stage} as stage,
             extract(epoch from (s.at - s.entered_at)) / 86400.0 as days
      from steps s
      where s.entered_at is not null
        and ${decision.isDecision}
    )
    select p.region_code as region, p.funding_year as "fundingYear", d.stage,
           count(*)::int as count,
           round(percentile_cont(0.5) within group (order by d.days)::numeric, 1)::float8 as "medianDays",
           round(percentile_cont(0.9) within group (order by d.days)::numeric, 1)::float8 as "p90Days"
    from decisions d join projects p on p.id = d.project_id
    where ${sql.join(conditions, sql` and `)}
    group by p.region_code, p.funding_year, d.stage
    order by p.funding_year desc, p.region_code nulls last, d.stage desc
  `),
  );
  return result.rows.map((r) => ({
    ...r,
    count: Number(r.count),
    medianDays: Number(r.medianDays),
    p90Days: Number(r.p90Days),
  }));
}

/**
 * Review turnaround: how long proposals wait for the regional reviewer (submission → endorse,
 * return or not endorse) and for the fund (endorsement → approve, return or reject), as median
 * and 90th percentile in days, by region and funding year. Withdrawals are not decisions. The
 * durations are those of the dashboard's turnaround chart (sql/decisionDurationsSql.ts).
 */
import { sql } from "drizzle-orm";
import type { TurnaroundStats } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import { daysFromTenths, decisionTenths } from "../sql/decisionDurationsSql";

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
    select p.region_code as region, p.funding_year as "fundingYear", d.stage,
           count(*)::int as count,
           ${daysFromTenths(sql`percentile_cont(0.5) within group (order by d.tenths)`)} as "medianDays",
           ${daysFromTenths(sql`percentile_cont(0.9) within group (order by d.tenths)`)} as "p90Days"
    from (${decisionTenths(sql`projects p`)}) d join projects p on p.id = d.project_id
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

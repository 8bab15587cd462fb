/**
 * Percentiles of values kept as counts per value (a histogram), giving what PostgreSQL's
 * percentile_cont and percentile_disc give over the values one by one, to the last bit: the same
 * positions, and percentile_cont's interpolation in the same float8 operations
 * (orderedsetaggs.c: lo + (pos - floor(pos)) * (hi - lo), pos = p × (rows - 1)).
 *
 * A histogram is a query with the group's columns, v (the value, an integer) and c (how many,
 * > 0). cumulativeCounts() adds to each value the count up to it and the group's total; the two
 * percentile functions are then aggregates over those rows, grouped by the group's columns.
 */
import { type SQL, sql } from "drizzle-orm";

export function cumulativeCounts(histogram: SQL, group: readonly string[]): SQL {
  const g = sql.join(
    group.map((c) => sql.identifier(c)),
    sql`, `,
  );
  return sql`select h.*, sum(c) over (partition by ${g} order by v) as upto,
      sum(c) over (partition by ${g}) as total
    from (${histogram}) h`;
}

/** percentile_cont(p) within group (order by v), as float8: an aggregate over cumulativeCounts rows. */
export function continuousPercentile(p: number): SQL {
  const pos = sql`(${p}::float8 * (total - 1)::float8)`;
  const lo = sql`(min(v) filter (where upto > floor(${pos})))::float8`;
  const hi = sql`(min(v) filter (where upto > ceil(${pos})))::float8`;
  const at = sql`max(${pos})`;
  return sql`(case when ${lo} = ${hi} then ${lo} else ${lo} + (${at} - floor(${at})) * (${hi} - ${lo}) end)`;
}

/** percentile_disc(p) within group (order by v): an aggregate over cumulativeCounts rows. */
export function discretePercentile(p: number): SQL {
  return sql`min(v) filter (where upto >= greatest(ceil(${p}::float8 * total::float8), 1))`;
}

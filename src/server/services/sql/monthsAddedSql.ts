/**
 * The SQL twin of domain `monthsAdded`: the calendar months an extension adds, from a month's end
 * to a month's end whole months; otherwise whole months, then the remaining days as a share of the
 * next month, to one decimal. PostgreSQL's date + months clamps to the month's last day, as domain
 * addMonths does. Read by the extensions report and the figure rollups.
 */
import { type SQL, sql } from "drizzle-orm";

/** The months the extension row `alias` (previous_end, requested_end) adds, as a numeric. */
export function monthsAddedAs(alias: string): SQL {
  const e = sql.identifier(alias);
  const previous = sql`${e}.previous_end`;
  const requested = sql`${e}.requested_end`;
  const rough = sql`((extract(year from ${requested}) - extract(year from ${previous}))::int * 12
    + (extract(month from ${requested}) - extract(month from ${previous}))::int)`;
  const whole = sql`(${rough} - case when (${previous} + make_interval(months => ${rough}))::date > ${requested}
    then 1 else 0 end)`;
  const from = sql`(${previous} + make_interval(months => ${whole}))::date`;
  return sql`(case
    when ${requested} <= ${previous} then 0
    when extract(day from ${previous} + 1) = 1 and extract(day from ${requested} + 1) = 1 then
      (extract(year from ${requested}) - extract(year from ${previous})) * 12
        + extract(month from ${requested}) - extract(month from ${previous})
    else round(${whole} + (${requested} - ${from})::numeric
      / ((${previous} + make_interval(months => ${whole} + 1))::date - ${from}), 1)
  end)`;
}

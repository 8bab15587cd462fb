/**
 * The SQL twin of domain `shareAmounts` (domain/allocation.ts): each project's budget split among
 * its shares by largest remainders, ties to the smaller code. Figures that sum budgets per area of
 * work or activity type (dashboard, analysis, appeal comparison) sum these per-project amounts, so
 * a project's area amounts are the same cents on its page, in the Excel export and in the figures.
 *
 * Window functions over one project's share rows: the floor of each exact share, then the cents
 * the floors leave (the covered fraction of the budget, rounded) to the largest remainders. A row
 * whose remainder is zero is never ranked within the leftover: the leftover is at most the number of
 * rows with a fraction, and those rank first.
 */
import { type SQL, sql } from "drizzle-orm";
import { FULL_SHARE } from "../../../domain/shares";

export interface ShareRowColumns {
  /** The project the share belongs to: the partition. */
  projectId: SQL;
  /** The share's area or activity code: the tie-break. */
  code: SQL;
  /** The share, in hundredths of a percent. */
  hundredths: SQL;
}

/** The cents of `budget` (integer cents, not null) that the share row gets, as a bigint. */
export function shareAmountSql(budget: SQL, share: ShareRowColumns): SQL {
  const whole = sql.raw(String(FULL_SHARE));
  const exact = sql`(${budget})::bigint * ${share.hundredths}`;
  const project = sql`partition by ${share.projectId}`;
  const floor = sql`(${exact} / ${whole})`;
  const target = sql`round(((${budget})::bigint * sum(${share.hundredths}) over (${project}))::numeric / ${whole})`;
  const leftover = sql`(${target} - sum(${floor}) over (${project}))`;
  const rank = sql`row_number() over (${project} order by ${exact} % ${whole} desc, ${share.code} collate "C")`;
  return sql`(${floor} + case when ${rank} <= ${leftover} then 1 else 0 end)::bigint`;
}

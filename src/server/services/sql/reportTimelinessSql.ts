/**
 * When a report counts as submitted on time: its first submission falls on or before its due date,
 * as a UTC calendar day. The analysis' compliance table and the figure rollups both read it here.
 */
import { type SQL, sql } from "drizzle-orm";

/** Whether the submitted report `alias` (first_submitted_at not null) came on time. */
export function submittedOnTimeAs(alias: string): SQL {
  const r = sql.identifier(alias);
  return sql`((${r}.first_submitted_at at time zone 'UTC')::date <= ${r}.due_date)`;
}

/**
 * The SQL twin of domain `isOverdue` (domain/reportSchedule.ts), the only place the server writes
 * "overdue" as SQL: the overdue list, the dashboard's overdue chart, the analysis' compliance
 * table and the home page's headline figure all count the same reports.
 *
 * The four copies this replaces agreed on "pending and due date before today"; the compliance
 * table also asked for no first submission, which a pending report never has (a submitted report
 * never goes back to pending: a returned one is "returned"), so that condition is dropped.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { IsoDate } from "../../../domain/calendar";
import { OVERDUE_STATUS } from "../../../domain/reportSchedule";

/** A report's columns, as a table's columns or as `r.status`/`r.due_date` of an alias. */
interface ReportColumns {
  status: AnyPgColumn | SQL;
  dueDate: AnyPgColumn | SQL;
}

/** A literal (not a parameter) so that the planner matches reports_due_idx on (status, due_date). */
const overdueStatus = sql.raw(`'${OVERDUE_STATUS}'`);

export function overdueReportCondition(report: ReportColumns, today: IsoDate): SQL {
  return sql`(${awaitingReport(report.status)} and ${dueBefore(report.dueDate, today)})`;
}

/**
 * The two halves of the condition, for the figure rollups: they keep the reports that can become
 * overdue (by status) counted per due date, and compare the due date with today when read.
 */
export function awaitingReport(status: AnyPgColumn | SQL): SQL {
  return sql`${status} = ${overdueStatus}`;
}

export function dueBefore(dueDate: AnyPgColumn | SQL, today: IsoDate): SQL {
  return sql`${dueDate} < ${today}::date`;
}

/** The condition on a `reports` row aliased `alias` in raw SQL. */
export function overdueReportAs(alias: string, today: IsoDate): SQL {
  const r = sql.identifier(alias);
  return overdueReportCondition({ status: sql`${r}.status`, dueDate: sql`${r}.due_date` }, today);
}

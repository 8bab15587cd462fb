/**
 * What each project adds to the portfolio's figures: its rows of `project_figures`, one per
 * (figure, code, day, tenth) it counts in, keyed by the project's region, funding year, fund line
 * and status (the filters every figure takes), each row twice or more: once with area_filter ''
 * and once more per area of work the project has (the dashboard's area filter). Summed over projects they are `figure_rollup`
 * (migration 0011): the dashboard, analysis and home figures read a few hundred summed rows
 * instead of the portfolio.
 *
 * The rules are the same SQL fragments the figures computed from the base tables use (share
 * amounts, overdue, on time, months added, latest report, decision durations), so a rollup figure
 * and its base-table twin cannot drift apart; the property test compares them.
 *
 * Figures and their measures (n: how many; a, b: amounts):
 * - project: n 1, a approved budget cents (0 when none), b requested budget cents
 * - area / activity (code): n 1, a and b the project's share of its approved / requested budget
 * - targeted / reached (code: beneficiary type): n rows, a people (reached: latest accepted
 *   narrative report)
 * - decision (code: stage, x: tenths of a day): n decisions
 * - decisionByYear, decisionNoRegion: the same keyed by funding year alone, and without the region:
 *   the decisions spread over nearly one row each across all the keys, and the turnaround of the
 *   whole portfolio, of some years, of a fund line or some statuses reads a few thousand to a third
 *   of them instead (measured at 100,000 projects: 95,791 rows, 8,412 by year, 28,257 without region)
 * - awaiting (day: due date): n reports that become overdue once the day has passed
 * - submitted (code: onTime | late): n reports
 * - extension (code: status): n requests, a tenths of a month added
 * - country (code: ISO3): n 1
 * - spent: n 1, a the cents spent to date (the expenditure of the latest accepted financial report),
 *   read by the fund's envelopes
 */
import { type SQL, sql } from "drizzle-orm";
import { decisionTenths } from "../../services/sql/decisionDurationsSql";
import { monthsAddedAs } from "../../services/sql/monthsAddedSql";
import { awaitingReport } from "../../services/sql/overdueReportSql";
import {
  latestAcceptedFinancialReportsSql,
  latestAcceptedNarrativeReports,
} from "../../services/sql/reportFiguresSql";
import { submittedOnTimeAs } from "../../services/sql/reportTimelinessSql";
import { shareAmountSql } from "../../services/sql/shareAmountsSql";

/** The key columns of a figure row, in table order (after project_id). */
export const FIGURE_KEYS = "figure, area_filter, region_code, funding_year, fund_line, status, code, day, x";

const keys = sql`p.region_code, p.funding_year, p.fund_line, p.status`;

function shareRows(figure: string, table: string, codeColumn: string): SQL {
  const columns = {
    projectId: sql`s.project_id`,
    code: sql.raw(`s.${codeColumn}`),
    hundredths: sql`s.share_hundredths`,
  };
  return sql`select p.id, ${figure}::text, ${keys}, ${columns.code}, null::date, 0, 1::bigint,
      ${shareAmountSql(sql`coalesce(p.approved_budget_cents, 0)`, columns)},
      ${shareAmountSql(sql`p.requested_budget_cents`, columns)}
    from p join ${sql.identifier(table)} s on s.project_id = p.id`;
}

/** Every figure row of the projects `where` selects (a condition on projects aliased p). */
export function figureContributions(where: SQL): SQL {
  const timeliness = sql`case when ${submittedOnTimeAs("r")} then 'onTime' else 'late' end`;
  return sql`with p as (
      select p.id, p.region_code, p.funding_year, p.fund_line, p.status,
             p.requested_budget_cents, p.approved_budget_cents
      from projects p where ${where}
    ), decisions as (${decisionTenths(sql`p`)}
    ), c (project_id, figure, region_code, funding_year, fund_line, status, code, day, x, n, a, b) as (
    select p.id, 'project'::text, ${keys}, '', null::date, 0, 1::bigint,
        coalesce(p.approved_budget_cents, 0)::bigint, p.requested_budget_cents::bigint
      from p
    union all ${shareRows("area", "project_area_shares", "area_code")}
    union all ${shareRows("activity", "project_activity_shares", "activity_code")}
    union all
    select p.id, 'targeted', ${keys}, b.type_code, null, 0, count(*), sum(b.number), 0
      from p join project_beneficiaries b on b.project_id = p.id
      group by p.id, ${keys}, b.type_code
    union all
    select p.id, 'reached', ${keys}, rb.type_code, null, 0, count(*), sum(rb.number), 0
      from (${latestAcceptedNarrativeReports(sql`p`)}) l
      join p on p.id = l.project_id
      join report_beneficiaries rb on rb.report_id = l.id
      group by p.id, ${keys}, rb.type_code
    union all
    select p.id, 'decision', ${keys}, d.stage, null, d.tenths, count(*), 0, 0
      from decisions d join p on p.id = d.project_id
      group by p.id, ${keys}, d.stage, d.tenths
    union all
    select p.id, 'decisionByYear', null, p.funding_year, null, null, d.stage, null, d.tenths, count(*), 0, 0
      from decisions d join p on p.id = d.project_id
      group by p.id, p.funding_year, d.stage, d.tenths
    union all
    select p.id, 'decisionNoRegion', null, p.funding_year, p.fund_line, p.status, d.stage, null, d.tenths,
        count(*), 0, 0
      from decisions d join p on p.id = d.project_id
      group by p.id, p.funding_year, p.fund_line, p.status, d.stage, d.tenths
    union all
    select p.id, 'awaiting', ${keys}, '', r.due_date, 0, count(*), 0, 0
      from reports r join p on p.id = r.project_id
      where ${awaitingReport(sql`r.status`)}
      group by p.id, ${keys}, r.due_date
    union all
    select p.id, 'submitted', ${keys}, ${timeliness}, null, 0, count(*), 0, 0
      from reports r join p on p.id = r.project_id
      where r.first_submitted_at is not null
      group by p.id, ${keys}, ${timeliness}
    union all
    select p.id, 'extension', ${keys}, e.status, null, 0, count(*),
        coalesce(sum((${monthsAddedAs("e")} * 10)::bigint) filter (where e.status = 'approved'), 0), 0
      from extensions e join p on p.id = e.project_id
      group by p.id, ${keys}, e.status
    union all
    select p.id, 'country', ${keys}, pc.country_iso3, null, 0, 1, 0, 0
      from project_countries pc join p on p.id = pc.project_id
    union all
    select p.id, 'spent', ${keys}, '', null, 0, 1, sum(e.amount_cents)::bigint, 0
      from (${latestAcceptedFinancialReportsSql(sql`p`)}) l
      join p on p.id = l.project_id
      join report_area_expenditures e on e.report_id = l.id
      group by p.id, ${keys}
    )
    select c.project_id, c.figure, fa.area, c.region_code, c.funding_year, c.fund_line, c.status, c.code,
      c.day, c.x, c.n, c.a, c.b
    from c cross join lateral (
      select ''::text as area
      union all select s.area_code from project_area_shares s where s.project_id = c.project_id
    ) fa`;
}

/**
 * The dashboard's charts, each one SQL statement over the selected projects (see figureSql.ts).
 *
 * Budgets: `approvedBudget` sums the approved amounts (projects without one count 0),
 * `requestedBudget` the requested amounts, both in integer cents. By area of work and by activity
 * type a group's amount is the sum of each project's part of its budget, split as on the project's
 * page and in the Excel export (domain shareAmounts, SQL twin in services/sql/shareAmountsSql.ts), so
 * a project's cents are the same everywhere and the groups add up to the budgets they split.
 *
 * Beneficiaries reached are the figures of each project's latest accepted narrative report (the
 * one with the latest period end; between two, the one decided last — domain currentReport),
 * since reports give figures to date. Overdue reports are those of domain isOverdue
 * (services/sql/overdueReportSql.ts); days overdue count from the due date to today.
 */
import { type SQL, sql } from "drizzle-orm";
import type { IsoDate } from "../../../../domain/calendar";
import type { DashboardFilters, RollupChart } from "../../../../domain/dashboard";
import { PROJECT_STATUSES } from "../../../../domain/lifecycle";
import type { ReadScope } from "../../../policies/readScope";
import { daysFromTenths, decisionTenths } from "../../sql/decisionDurationsSql";
import { overdueReportAs } from "../../sql/overdueReportSql";
import { latestAcceptedNarrativeReports } from "../../sql/reportFiguresSql";
import { shareAmountSql } from "../../sql/shareAmountsSql";
import { rollupTables } from "../rollup/rollupTables";
import { TABLE_COLUMNS } from "./chartColumns";
import { type FigureQuery, figureQuery, rollupFigureQuery, selectedProjects } from "./figureSql";

/**
 * Per area of work or activity type, the sum of each project's amount for it: the project's
 * budget split as on its page (shareAmountSql). `shares` rows of the selected projects, aliased s.
 */
export function budgetShares(codeColumn: string, shares: string): SQL {
  const columns = {
    projectId: sql`s.project_id`,
    code: sql.raw(`s.${codeColumn}`),
    hundredths: sql`s.share_hundredths`,
  };
  return sql`select s.project_id, ${columns.code} as code, p.funding_year,
      ${shareAmountSql(sql`coalesce(p.approved_budget_cents, 0)`, columns)} as approved,
      ${shareAmountSql(sql`p.requested_budget_cents`, columns)} as requested
    from p join ${sql.identifier(shares)} s on s.project_id = p.id`;
}

function sharesTable(
  id: "areas" | "activities",
  key: "area" | "activity",
  shares: string,
  codeColumn: string,
  reference: string,
) {
  return {
    id,
    columns: TABLE_COLUMNS[id],
    query: sql`select a.code as ${sql.identifier(key)}, count(*)::int as projects,
        sum(a.approved)::bigint as "approvedBudget", sum(a.requested)::bigint as "requestedBudget"
      from (${budgetShares(codeColumn, shares)}) a
      join ${sql.identifier(reference)} ref on ref.code = a.code
      group by a.code, ref.sort
      order by ref.sort, a.code`,
  };
}

const TABLES = {
  portfolio: () => ({
    id: "portfolio",
    columns: TABLE_COLUMNS.portfolio,
    query: sql`select p.region_code as region, p.funding_year as "fundingYear", count(*)::int as projects,
        coalesce(sum(p.approved_budget_cents), 0)::bigint as "approvedBudget",
        sum(p.requested_budget_cents)::bigint as "requestedBudget"
      from p
      group by p.region_code, p.funding_year
      order by p.funding_year, p.region_code nulls last`,
  }),
  areas: () => sharesTable("areas", "area", "project_area_shares", "area_code", "areas_of_work"),
  activities: () =>
    sharesTable("activities", "activity", "project_activity_shares", "activity_code", "activity_types"),
  beneficiaries: () => ({
    id: "beneficiaries",
    columns: TABLE_COLUMNS.beneficiaries,
    query: sql`with targeted as (
        select b.type_code, sum(b.number) as n
        from project_beneficiaries b join p on p.id = b.project_id
        group by b.type_code
      ), latest as (${latestAcceptedNarrativeReports(sql`p`)}
      ), reached as (
        select rb.type_code, sum(rb.number) as n
        from report_beneficiaries rb join latest l on l.id = rb.report_id
        group by rb.type_code
      )
      select bt.code as "beneficiaryType", coalesce(t.n, 0)::bigint as targeted, coalesce(r.n, 0)::bigint as reached
      from beneficiary_types bt
      left join targeted t on t.type_code = bt.code
      left join reached r on r.type_code = bt.code
      where t.n is not null or r.n is not null
      order by bt.sort, bt.code`,
  }),
  pipeline: () => ({
    id: "pipeline",
    columns: TABLE_COLUMNS.pipeline,
    query: sql`select p.status, count(*)::int as projects, sum(p.requested_budget_cents)::bigint as "requestedBudget"
      from p
      group by p.status
      order by array_position(array[${sql.raw(PROJECT_STATUSES.map((s) => `'${s}'`).join(","))}]::text[], p.status)`,
  }),
  // The same measure as services/workflow/turnaroundStats.ts: submission → the reviewer's decision, and
  // endorsement → the fund's, in days; withdrawals are not decisions.
  turnaround: () => ({
    id: "turnaround",
    columns: TABLE_COLUMNS.turnaround,
    query: sql`select d.stage, count(*)::int as decisions,
        ${daysFromTenths(sql`percentile_cont(0.5) within group (order by d.tenths)`)} as "medianDays",
        ${daysFromTenths(sql`percentile_cont(0.9) within group (order by d.tenths)`)} as "p90Days"
      from (${decisionTenths(sql`p`)}) d
      group by d.stage
      order by d.stage desc`,
  }),
  overdue: (today: IsoDate) => ({
    id: "overdue",
    columns: TABLE_COLUMNS.overdue,
    query: sql`select p.region_code as region, p.funding_year as "fundingYear", count(*)::int as "overdueReports",
        percentile_disc(0.5) within group (order by ${today}::date - r.due_date) as "medianDaysOverdue",
        max(${today}::date - r.due_date) as "maxDaysOverdue"
      from reports r join p on p.id = r.project_id
      where ${overdueReportAs("r", today)}
      group by p.region_code, p.funding_year
      order by p.funding_year, p.region_code nulls last`,
  }),
};

/** Which tables each chart answers with. */
const CHART_TABLES: Record<RollupChart, (keyof typeof TABLES)[]> = {
  portfolio: ["portfolio"],
  areas: ["areas"],
  activities: ["activities"],
  beneficiaries: ["beneficiaries"],
  pipeline: ["pipeline", "turnaround"],
  overdue: ["overdue"],
};

/**
 * The one statement a chart runs, for the user's scope, the filters and today's date (only the
 * overdue chart reads it), from the figure rollups. The benchmark times the same statement alone
 * (printableSql).
 */
export function chartQuery(
  chart: RollupChart,
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  return rollupFigureQuery(rollupTables(CHART_TABLES[chart], scope, filters, today));
}

/**
 * The chart computed from the base tables: what the rollups must equal (the property test
 * compares them on random portfolios), and a way to check a figure by hand in psql.
 */
export function baseChartQuery(
  chart: RollupChart,
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  return figureQuery(
    selectedProjects(scope, filters),
    CHART_TABLES[chart].map((table) => TABLES[table](today)),
  );
}

/** Every chart's tables in one statement: what the dashboard's Excel download holds. */
export function dashboardExportQuery(
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  const tables = [...new Set(Object.values(CHART_TABLES).flat())];
  return rollupFigureQuery(rollupTables(tables, scope, filters, today));
}

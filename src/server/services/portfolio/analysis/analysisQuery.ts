/**
 * The fund's standard analysis reports, each one SQL statement over the selected projects (the
 * same filters and read scope as the dashboard; see services/portfolio/dashboard/figureSql.ts).
 *
 * - projects-by-year-activity: projects and budgets per funding year, and per funding year and
 *   activity type (each budget split among its activity shares as on the dashboard).
 * - extensions: requests per region and funding year of their project, by outcome, and the
 *   calendar months the approved ones added — the SQL twin of domain `monthsAdded`, summed.
 * - reporting-compliance: per region and funding year, reports submitted on time (first
 *   submission on or before the due date, as a UTC calendar day), late (after it), and overdue
 *   (domain isOverdue: never submitted, due date before today; services/sql/overdueReportSql.ts).
 *   Reports not yet due and never submitted are none of these. On time (%) is on time / (on time + late + overdue), to one decimal.
 * - budget-revisions: revisions per region and funding year of their project, by outcome, and
 *   their net change (new − previous budget, approved ones only, in cents). Revisions are few,
 *   so this report has no rollup: it always reads the base tables, with the same scope and filters.
 */
import { sql } from "drizzle-orm";
import type { IsoDate } from "../../../../domain/calendar";
import type { AnalysisReport, DashboardFilters } from "../../../../domain/dashboard";
import type { ReadScope } from "../../../policies/readScope";
import { monthsAddedAs } from "../../sql/monthsAddedSql";
import { overdueReportAs } from "../../sql/overdueReportSql";
import { submittedOnTimeAs } from "../../sql/reportTimelinessSql";
import { type FigureTableId, TABLE_COLUMNS } from "../dashboard/chartColumns";
import { budgetShares } from "../dashboard/charts";
import { type FigureQuery, figureQuery, rollupFigureQuery, selectedProjects } from "../dashboard/figureSql";
import { type RollupTableId, rollupTables } from "../rollup/rollupTables";

function projectsByYear() {
  return {
    id: "projectsByYear",
    columns: TABLE_COLUMNS.projectsByYear,
    query: sql`select p.funding_year as "fundingYear", count(*)::int as projects,
        coalesce(sum(p.approved_budget_cents), 0)::bigint as "approvedBudget",
        sum(p.requested_budget_cents)::bigint as "requestedBudget"
      from p group by p.funding_year order by p.funding_year`,
  };
}

function projectsByYearActivity() {
  return {
    id: "projectsByYearActivity",
    columns: TABLE_COLUMNS.projectsByYearActivity,
    query: sql`select s.funding_year as "fundingYear", s.code as activity, count(*)::int as projects,
        sum(s.approved)::bigint as "approvedBudget", sum(s.requested)::bigint as "requestedBudget"
      from (${budgetShares("activity_code", "project_activity_shares")}) s
      join activity_types a on a.code = s.code
      group by s.funding_year, s.code, a.sort
      order by s.funding_year, a.sort, s.code`,
  };
}

function extensionsTable() {
  return {
    id: "extensions",
    columns: TABLE_COLUMNS.extensions,
    query: sql`select p.region_code as region, p.funding_year as "fundingYear",
        count(*)::int as "extensionsRequested",
        count(*) filter (where e.status = 'approved')::int as "extensionsApproved",
        count(*) filter (where e.status = 'refused')::int as "extensionsRefused",
        count(*) filter (where e.status = 'requested')::int as "extensionsPending",
        coalesce(sum(${monthsAddedAs("e")}) filter (where e.status = 'approved'), 0)::float8 as "monthsAdded"
      from extensions e join p on p.id = e.project_id
      group by p.region_code, p.funding_year
      order by p.funding_year, p.region_code nulls last`,
  };
}

function budgetRevisionsTable() {
  return {
    id: "budgetRevisions",
    columns: TABLE_COLUMNS.budgetRevisions,
    query: sql`select p.region_code as region, p.funding_year as "fundingYear",
        count(*)::int as "revisionsRequested",
        count(*) filter (where r.status = 'approved')::int as "revisionsApproved",
        count(*) filter (where r.status = 'refused')::int as "revisionsRefused",
        count(*) filter (where r.status = 'requested')::int as "revisionsPending",
        coalesce(sum(r.new_cents - r.previous_cents) filter (where r.status = 'approved'), 0)::bigint as "netChange"
      from budget_revisions r join p on p.id = r.project_id
      group by p.region_code, p.funding_year
      order by p.funding_year, p.region_code nulls last`,
  };
}

function complianceTable(today: IsoDate) {
  return {
    id: "reportingCompliance",
    columns: TABLE_COLUMNS.reportingCompliance,
    query: sql`select region, "fundingYear", "onTime", late, overdue,
        round(100.0 * "onTime" / nullif("onTime" + late + overdue, 0), 1)::float8 as "onTimePercent"
      from (
        select p.region_code as region, p.funding_year as "fundingYear",
          count(*) filter (where r.first_submitted_at is not null and ${submittedOnTimeAs("r")})::int as "onTime",
          count(*) filter (where r.first_submitted_at is not null and not ${submittedOnTimeAs("r")})::int as late,
          count(*) filter (where ${overdueReportAs("r", today)})::int as overdue
        from reports r join p on p.id = r.project_id
        where r.first_submitted_at is not null or ${overdueReportAs("r", today)}
        group by p.region_code, p.funding_year
      ) c
      order by "fundingYear", region nulls last`,
  };
}

const REPORT_TABLES: Record<Exclude<AnalysisReport, BaseOnlyReport>, RollupTableId[]> = {
  "projects-by-year-activity": ["projectsByYear", "projectsByYearActivity"],
  extensions: ["extensions"],
  "reporting-compliance": ["reportingCompliance"],
};

/** Reports read from the base tables only (no rollup). */
type BaseOnlyReport = "budget-revisions";
const BASE_ONLY_TABLES: Record<BaseOnlyReport, FigureTableId[]> = { "budget-revisions": ["budgetRevisions"] };

function reportTables(report: AnalysisReport): FigureTableId[] {
  return report === "budget-revisions" ? BASE_ONLY_TABLES[report] : REPORT_TABLES[report];
}

/** The one statement a report runs, for the user's scope, the filters and today's date, from the figure rollups. */
export function analysisQuery(
  report: AnalysisReport,
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  if (report === "budget-revisions") return baseAnalysisQuery(report, scope, filters, today);
  return rollupFigureQuery(rollupTables(REPORT_TABLES[report], scope, filters, today));
}

/** The report computed from the base tables: what the rollups must equal (as dashboard/charts.ts). */
export function baseAnalysisQuery(
  report: AnalysisReport,
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  const tables = {
    projectsByYear,
    projectsByYearActivity,
    extensions: extensionsTable,
    reportingCompliance: () => complianceTable(today),
    budgetRevisions: budgetRevisionsTable,
  } as const;
  return figureQuery(
    selectedProjects(scope, filters),
    reportTables(report).map((id) => tables[id as keyof typeof tables]()),
  );
}

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
 */
import { sql } from "drizzle-orm";
import type { IsoDate } from "../../../../domain/calendar";
import type { AnalysisReport, DashboardFilters } from "../../../../domain/dashboard";
import type { ReadScope } from "../../../policies/readScope";
import { overdueReportAs } from "../../sql/overdueReportSql";
import { budgetShares } from "../dashboard/charts";
import { type FigureQuery, figureQuery, selectedProjects } from "../dashboard/figureSql";

const integer = (key: string) => ({ key, type: "integer" as const });
const money = (key: string) => ({ key, type: "money" as const });
const text = (key: string) => ({ key, type: "text" as const });
const decimal = (key: string) => ({ key, type: "decimal" as const });
const percent = (key: string) => ({ key, type: "percent" as const });

const budgetColumns = [integer("projects"), money("approvedBudget"), money("requestedBudget")];

function projectsByYear() {
  return {
    id: "projectsByYear",
    columns: [integer("fundingYear"), ...budgetColumns],
    query: sql`select p.funding_year as "fundingYear", count(*)::int as projects,
        coalesce(sum(p.approved_budget_cents), 0)::bigint as "approvedBudget",
        sum(p.requested_budget_cents)::bigint as "requestedBudget"
      from p group by p.funding_year order by p.funding_year`,
  };
}

function projectsByYearActivity() {
  return {
    id: "projectsByYearActivity",
    columns: [integer("fundingYear"), text("activity"), ...budgetColumns],
    query: sql`select s.funding_year as "fundingYear", s.code as activity, count(*)::int as projects,
        sum(s.approved)::bigint as "approvedBudget", sum(s.requested)::bigint as "requestedBudget"
      from (${budgetShares("activity_code", "project_activity_shares")}) s
      join activity_types a on a.code = s.code
      group by s.funding_year, s.code, a.sort
      order by s.funding_year, a.sort, s.code`,
  };
}

/**
 * Months an extension adds, as domain `monthsAdded`: from a month's end to a month's end, whole
 * months; otherwise whole months, then the remaining days as a share of the next month, to one
 * decimal. PostgreSQL's date + months clamps to the month's last day, as domain addMonths does.
 */
const MONTHS_ADDED = sql`case
    when e.requested_end <= e.previous_end then 0
    when extract(day from e.previous_end + 1) = 1 and extract(day from e.requested_end + 1) = 1 then
      (extract(year from e.requested_end) - extract(year from e.previous_end)) * 12
        + extract(month from e.requested_end) - extract(month from e.previous_end)
    else round(w.whole + (e.requested_end - w.from_date)::numeric
      / ((e.previous_end + make_interval(months => w.whole + 1))::date - w.from_date), 1)
  end`;

function extensionsTable() {
  return {
    id: "extensions",
    columns: [
      text("region"),
      integer("fundingYear"),
      integer("extensionsRequested"),
      integer("extensionsApproved"),
      integer("extensionsRefused"),
      integer("extensionsPending"),
      decimal("monthsAdded"),
    ],
    query: sql`select p.region_code as region, p.funding_year as "fundingYear",
        count(*)::int as "extensionsRequested",
        count(*) filter (where e.status = 'approved')::int as "extensionsApproved",
        count(*) filter (where e.status = 'refused')::int as "extensionsRefused",
        count(*) filter (where e.status = 'requested')::int as "extensionsPending",
        coalesce(sum(${MONTHS_ADDED}) filter (where e.status = 'approved'), 0)::float8 as "monthsAdded"
      from extensions e join p on p.id = e.project_id
      cross join lateral (
        select (extract(year from e.requested_end) - extract(year from e.previous_end))::int * 12
          + (extract(month from e.requested_end) - extract(month from e.previous_end))::int as rough
      ) r
      cross join lateral (
        select r.rough - case when (e.previous_end + make_interval(months => r.rough))::date > e.requested_end
                              then 1 else 0 end as whole
      ) w0
      cross join lateral (
        select w0.whole, (e.previous_end + make_interval(months => w0.whole))::date as from_date
      ) w
      group by p.region_code, p.funding_year
      order by p.funding_year, p.region_code nulls last`,
  };
}

function complianceTable(today: IsoDate) {
  const submittedOn = sql`(r.first_submitted_at at time zone 'UTC')::date`;
  return {
    id: "reportingCompliance",
    columns: [
      text("region"),
      integer("fundingYear"),
      integer("onTime"),
      integer("late"),
      integer("overdue"),
      percent("onTimePercent"),
    ],
    query: sql`select region, "fundingYear", "onTime", late, overdue,
        round(100.0 * "onTime" / nullif("onTime" + late + overdue, 0), 1)::float8 as "onTimePercent"
      from (
        select p.region_code as region, p.funding_year as "fundingYear",
          count(*) filter (where r.first_submitted_at is not null and ${submittedOn} <= r.due_date)::int as "onTime",
          count(*) filter (where r.first_submitted_at is not null and ${submittedOn} > r.due_date)::int as late,
          count(*) filter (where ${overdueReportAs("r", today)})::int as overdue
        from reports r join p on p.id = r.project_id
        where r.first_submitted_at is not null or ${overdueReportAs("r", today)}
        group by p.region_code, p.funding_year
      ) c
      order by "fundingYear", region nulls last`,
  };
}

/** The one statement a report runs, for the user's scope, the filters and today's date. */
export function analysisQuery(
  report: AnalysisReport,
  scope: ReadScope,
  filters: DashboardFilters,
  today: IsoDate,
): FigureQuery {
  const tables =
    report === "projects-by-year-activity"
      ? [projectsByYear(), projectsByYearActivity()]
      : report === "extensions"
        ? [extensionsTable()]
        : [complianceTable(today)];
  return figureQuery(selectedProjects(scope, filters), tables);
}

/**
 * The dashboard's and analysis' tables read from the figure rollups: each the same rows, in the
 * same order, as its twin over the base tables (dashboard/charts.ts, analysis/analysisQuery.ts),
 * which the property test checks on random portfolios. A table reads a few hundred summed rows,
 * however many projects there are.
 */
import { type SQL, sql } from "drizzle-orm";
import type { IsoDate } from "../../../../domain/calendar";
import { PROJECT_STATUSES } from "../../../../domain/lifecycle";
import type { ReadScope } from "../../../policies/readScope";
import { daysFromTenths } from "../../sql/decisionDurationsSql";
import { dueBefore } from "../../sql/overdueReportSql";
import { type FigureTableId, TABLE_COLUMNS } from "../dashboard/chartColumns";
import { type Figure, figureRows, type KeyFilters } from "./figureRows";
import { continuousPercentile, cumulativeCounts, discretePercentile } from "./percentileSql";

export interface RollupTable {
  id: FigureTableId;
  columns: (typeof TABLE_COLUMNS)[FigureTableId];
  query: SQL;
}

type Rows = (figure: Figure) => SQL;

function table(id: FigureTableId, query: SQL): RollupTable {
  return { id, columns: TABLE_COLUMNS[id], query };
}

const budgetSums = sql`sum(f.n)::int as projects, sum(f.a)::bigint as "approvedBudget",
  sum(f.b)::bigint as "requestedBudget"`;

function shares(id: "areas" | "activities", figure: Figure, key: string, reference: string, rows: Rows) {
  return table(
    id,
    sql`select f.code as ${sql.identifier(key)}, ${budgetSums}
      from ${rows(figure)} join ${sql.identifier(reference)} ref on ref.code = f.code
      group by f.code, ref.sort having sum(f.n) > 0
      order by ref.sort, f.code`,
  );
}

const statusOrder = sql.raw(`array[${PROJECT_STATUSES.map((s) => `'${s}'`).join(",")}]::text[]`);

/**
 * A table of the rows in scope for the filters and today; `decisions`: the smallest histogram of
 * decision durations that the scope and filters can read (see decisionHistogram).
 */
/** Tables with no rollup: read from the base tables (analysis/analysisQuery.ts). */
type BaseOnlyTable = "budgetRevisions";
export type RollupTableId = Exclude<FigureTableId, BaseOnlyTable>;

const TABLES: Record<RollupTableId, (rows: Rows, today: IsoDate, decisions: Figure) => RollupTable> = {
  portfolio: (rows) =>
    table(
      "portfolio",
      sql`select f.region_code as region, f.funding_year as "fundingYear", ${budgetSums}
        from ${rows("project")}
        group by f.region_code, f.funding_year having sum(f.n) > 0
        order by f.funding_year, f.region_code nulls last`,
    ),
  areas: (rows) => shares("areas", "area", "area", "areas_of_work", rows),
  activities: (rows) => shares("activities", "activity", "activity", "activity_types", rows),
  beneficiaries: (rows) =>
    table(
      "beneficiaries",
      sql`with targeted as (
          select f.code, sum(f.a) as people from ${rows("targeted")} group by f.code having sum(f.n) > 0
        ), reached as (
          select f.code, sum(f.a) as people from ${rows("reached")} group by f.code having sum(f.n) > 0
        )
        select bt.code as "beneficiaryType", coalesce(t.people, 0)::bigint as targeted,
          coalesce(r.people, 0)::bigint as reached
        from beneficiary_types bt
        left join targeted t on t.code = bt.code
        left join reached r on r.code = bt.code
        where t.code is not null or r.code is not null
        order by bt.sort, bt.code`,
    ),
  pipeline: (rows) =>
    table(
      "pipeline",
      sql`select f.status, sum(f.n)::int as projects, sum(f.b)::bigint as "requestedBudget"
        from ${rows("project")}
        group by f.status having sum(f.n) > 0
        order by array_position(${statusOrder}, f.status)`,
    ),
  turnaround: (rows, _today, histogram) =>
    table(
      "turnaround",
      sql`select stage, sum(c)::int as decisions,
          ${daysFromTenths(continuousPercentile(0.5))} as "medianDays",
          ${daysFromTenths(continuousPercentile(0.9))} as "p90Days"
        from (${cumulativeCounts(
          sql`select f.code as stage, f.x as v, sum(f.n) as c from ${rows(histogram)}
            group by f.code, f.x having sum(f.n) > 0`,
          ["stage"],
        )}) h
        group by stage
        order by stage desc`,
    ),
  overdue: (rows, today) =>
    table(
      "overdue",
      sql`select region, "fundingYear", sum(c)::int as "overdueReports",
          ${discretePercentile(0.5)} as "medianDaysOverdue", max(v) as "maxDaysOverdue"
        from (${cumulativeCounts(
          sql`select f.region_code as region, f.funding_year as "fundingYear", ${today}::date - f.day as v,
              sum(f.n) as c
            from ${rows("awaiting")} where ${dueBefore(sql`f.day`, today)}
            group by f.region_code, f.funding_year, f.day having sum(f.n) > 0`,
          ["region", "fundingYear"],
        )}) h
        group by region, "fundingYear"
        order by "fundingYear", region nulls last`,
    ),
  projectsByYear: (rows) =>
    table(
      "projectsByYear",
      sql`select f.funding_year as "fundingYear", ${budgetSums}
        from ${rows("project")}
        group by f.funding_year having sum(f.n) > 0 order by f.funding_year`,
    ),
  projectsByYearActivity: (rows) =>
    table(
      "projectsByYearActivity",
      sql`select f.funding_year as "fundingYear", f.code as activity, ${budgetSums}
        from ${rows("activity")} join activity_types a on a.code = f.code
        group by f.funding_year, f.code, a.sort having sum(f.n) > 0
        order by f.funding_year, a.sort, f.code`,
    ),
  extensions: (rows) =>
    table(
      "extensions",
      sql`select f.region_code as region, f.funding_year as "fundingYear",
          sum(f.n)::int as "extensionsRequested",
          coalesce(sum(f.n) filter (where f.code = 'approved'), 0)::int as "extensionsApproved",
          coalesce(sum(f.n) filter (where f.code = 'refused'), 0)::int as "extensionsRefused",
          coalesce(sum(f.n) filter (where f.code = 'requested'), 0)::int as "extensionsPending",
          (coalesce(sum(f.a) filter (where f.code = 'approved'), 0)::numeric / 10)::float8 as "monthsAdded"
        from ${rows("extension")}
        group by f.region_code, f.funding_year having sum(f.n) > 0
        order by f.funding_year, f.region_code nulls last`,
    ),
  reportingCompliance: (rows, today) =>
    table(
      "reportingCompliance",
      sql`select region, "fundingYear", "onTime", late, overdue,
          round(100.0 * "onTime" / nullif("onTime" + late + overdue, 0), 1)::float8 as "onTimePercent"
        from (
          select region, "fundingYear",
            coalesce(sum(n) filter (where kind = 'onTime'), 0)::int as "onTime",
            coalesce(sum(n) filter (where kind = 'late'), 0)::int as late,
            coalesce(sum(n) filter (where kind = 'overdue'), 0)::int as overdue
          from (
            select f.region_code as region, f.funding_year as "fundingYear", f.code as kind, f.n
            from ${rows("submitted")}
            union all
            select f.region_code, f.funding_year, 'overdue', f.n
            from ${rows("awaiting")} where ${dueBefore(sql`f.day`, today)}
          ) k
          group by region, "fundingYear" having sum(n) > 0
        ) c
        order by "fundingYear", region nulls last`,
    ),
};

/** The decision histogram with the fewest keys that still holds every key the scope and filters name. */
function decisionHistogram(scope: ReadScope, filters: KeyFilters): Figure {
  if (scope.kind !== "all" || filters.region) return "decision";
  return filters.fundLine || filters.status?.length ? "decisionNoRegion" : "decisionByYear";
}

/** The tables, read from the rollups for the user's scope, the filters and today. */
export function rollupTables(
  ids: readonly RollupTableId[],
  scope: ReadScope,
  filters: KeyFilters,
  today: IsoDate,
): RollupTable[] {
  const rows: Rows = (figure) => figureRows(figure, scope, filters);
  return ids.map((id) => TABLES[id](rows, today, decisionHistogram(scope, filters)));
}

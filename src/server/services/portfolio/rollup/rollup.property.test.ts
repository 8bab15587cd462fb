/**
 * Acceptance (issue 13): the figure rollups stay exact. Random sequences of writes — projects
 * created, shares edited, budgets, statuses and keys changed, workflow steps recorded, reports
 * scheduled, submitted, accepted with their beneficiaries reached and expenditure, extensions requested and decided
 * — each in its own transaction, several at once on PostgreSQL, with the deltas folded at random
 * points; after each sequence, every rollup-backed figure (each dashboard chart, each analysis
 * report, the home figures, the fund's envelopes) for random read scopes, filters and days equals the same figure
 * computed from the base tables, and the rollup equals the projects' contributions recomputed
 * from scratch. On PGlite and on PostgreSQL.
 *
 * The writes go straight to the tables, as a script or a second application would: the rollups are
 * kept by the database's triggers, whatever writes.
 */
import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildUser } from "../../../../../test/factories";
import { databaseKinds } from "../../../../../test/testApp";
import { openTestDatabase } from "../../../../../test/testDatabases";
import type { IsoDate } from "../../../../domain/calendar";
import { ANALYSIS_REPORTS, type DashboardFilters, ROLLUP_CHARTS } from "../../../../domain/dashboard";
import { FUND_LIFE_CYCLE, PROJECT_STATUSES } from "../../../../domain/lifecycle";
import type { Database } from "../../../db/client";
import { FIGURE_KEYS, figureContributions } from "../../../db/rollup/contributions";
import { compactFigureRollup } from "../../../db/rollup/install";
import { rowsOf } from "../../../db/rows";
import { ReadScope } from "../../../policies/readScope";
import { type EnvelopeSums, envelopeSums, envelopeSumsFromBase } from "../../fund/listEnvelopes";
import { overdueReportAs } from "../../sql/overdueReportSql";
import { analysisQuery, baseAnalysisQuery } from "../analysis/analysisQuery";
import { baseChartQuery, chartQuery } from "../dashboard/charts";
import { runFigureQuery } from "../dashboard/figureSql";
import { countSummary } from "../portfolioSummary";

interface Reference {
  regions: string[];
  years: number[];
  lines: string[];
  areas: string[];
  activities: string[];
  beneficiaryTypes: string[];
  countries: string[];
  userId: string;
}

/** Indexes into the reference lists and the rows written so far, taken modulo their length. */
const pick = fc.nat(1000);
const shareList = fc.uniqueArray(fc.tuple(pick, fc.integer({ min: 1, max: 10000 })), {
  minLength: 0,
  maxLength: 3,
  selector: ([code]) => code,
});
const day = fc.integer({ min: 0, max: 1500 }); // days after 2023-01-01

const write = fc.oneof(
  fc.record({
    op: fc.constant("createProject" as const),
    region: fc.option(pick, { freq: 5 }),
    year: pick,
    line: pick,
    status: fc.constantFrom(...PROJECT_STATUSES),
    requested: fc.integer({ min: 1, max: 5_000_000_00 }),
    approved: fc.option(fc.integer({ min: 0, max: 5_000_000_00 })),
    areas: shareList,
    activities: shareList,
    beneficiaries: fc.array(fc.tuple(pick, fc.integer({ min: 1, max: 100_000 })), { maxLength: 3 }),
    countries: fc.uniqueArray(pick, { maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant("editShares" as const),
    project: pick,
    areas: shareList,
    activities: shareList,
  }),
  fc.record({
    op: fc.constant("editProject" as const),
    project: pick,
    status: fc.option(fc.constantFrom(...PROJECT_STATUSES)),
    approved: fc.option(fc.integer({ min: 0, max: 5_000_000_00 })),
    requested: fc.option(fc.integer({ min: 1, max: 5_000_000_00 })),
    region: fc.option(pick),
    year: fc.option(pick),
  }),
  fc.record({
    op: fc.constant("step" as const),
    project: pick,
    transition: fc.constantFrom(...FUND_LIFE_CYCLE.transitions),
    from: pick,
    minutes: fc.integer({ min: 0, max: 60 * 24 * 90 }),
  }),
  fc.record({
    op: fc.constant("report" as const),
    project: pick,
    kind: fc.constantFrom("narrative", "financial"),
    stage: fc.constantFrom("interim", "final"),
    // Often the same day: reports of one period, where the final one must win over the interim.
    due: fc.oneof(day, fc.constantFrom(400, 430)),
    status: fc.constantFrom("pending", "submitted", "accepted", "returned"),
    submittedDaysAfterDue: fc.integer({ min: -30, max: 30 }),
    reached: fc.array(fc.tuple(pick, fc.integer({ min: 1, max: 100_000 })), { maxLength: 3 }),
    spent: fc.array(fc.tuple(pick, fc.integer({ min: 0, max: 50_000_000_00 })), { maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant("editExpenditure" as const),
    report: pick,
    amount: fc.integer({ min: 0, max: 50_000_000_00 }),
  }),
  fc.record({
    op: fc.constant("decideReport" as const),
    report: pick,
    status: fc.constantFrom("pending", "submitted", "accepted", "returned"),
    submittedDaysAfterDue: fc.option(fc.integer({ min: -30, max: 30 })),
  }),
  fc.record({
    op: fc.constant("extension" as const),
    project: pick,
    previousEnd: day,
    addDays: fc.integer({ min: 1, max: 400 }),
    status: fc.constantFrom("requested", "approved", "refused"),
  }),
  fc.record({
    op: fc.constant("decideExtension" as const),
    extension: pick,
    status: fc.constantFrom("requested", "approved", "refused"),
  }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

const filters = fc.record(
  {
    region: pick,
    yearFrom: pick,
    yearTo: pick,
    fundLine: pick,
    area: pick,
    status: fc.uniqueArray(fc.constantFrom(...PROJECT_STATUSES), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const view = fc.record({
  scopeRegion: fc.option(pick, { freq: 3 }),
  filters,
  today: day,
});

function dateAfter(start: string, days: number): IsoDate {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10) as IsoDate;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

const of = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

async function ids(db: Database["db"], query: SQL): Promise<string[]> {
  return (await rowsOf<{ id: string }>(db.execute(query))).rows.map((r) => r.id);
}

async function apply(db: Database["db"], ref: Reference, w: Write, serial: number): Promise<void> {
  await db.transaction(async (tx) => {
    const exec = (query: SQL) => tx.execute(query);
    const projectIds = await ids(tx as never, sql`select id from projects order by code`);
    const project = () => of(projectIds, (w as { project: number }).project);
    const shares = async (id: string, areas: [number, number][], activities: [number, number][]) => {
      await exec(sql`delete from project_area_shares where project_id = ${id}`);
      await exec(sql`delete from project_activity_shares where project_id = ${id}`);
      for (const code of new Set(areas.map(([c]) => of(ref.areas, c)))) {
        const share = areas.find(([c]) => of(ref.areas, c) === code)?.[1] ?? 1;
        await exec(sql`insert into project_area_shares values (${id}, ${code}, ${share})`);
      }
      for (const code of new Set(activities.map(([c]) => of(ref.activities, c)))) {
        const share = activities.find(([c]) => of(ref.activities, c) === code)?.[1] ?? 1;
        await exec(sql`insert into project_activity_shares values (${id}, ${code}, ${share})`);
      }
    };
    switch (w.op) {
      case "createProject": {
        const [id] = await ids(
          tx as never,
          sql`insert into projects (code, title, type, status, region_code, funding_year, fund_line,
              requested_budget_cents, approved_budget_cents, planned_start, planned_end)
            values (${`RP-${serial}-${Math.random().toString(36).slice(2, 8)}`}, 'Rollup test', 'national', ${w.status},
              ${w.region === null ? null : of(ref.regions, w.region)}, ${of(ref.years, w.year)},
              ${of(ref.lines, w.line)}, ${w.requested}, ${w.approved}, '2024-01-01', '2025-06-30')
            returning id`,
        );
        if (!id) throw new Error("no project");
        await shares(id, w.areas, w.activities);
        for (const [type, number] of w.beneficiaries) {
          await exec(sql`insert into project_beneficiaries (project_id, type_code, sex, age_group, number)
            values (${id}, ${of(ref.beneficiaryTypes, type)}, 'all', 'all', ${number})`);
        }
        for (const country of new Set(w.countries.map((c) => of(ref.countries, c)))) {
          await exec(
            sql`insert into project_countries (project_id, country_iso3) values (${id}, ${country})`,
          );
        }
        return;
      }
      case "editShares":
        if (projectIds.length) await shares(project(), w.areas, w.activities);
        return;
      case "editProject": {
        if (!projectIds.length) return;
        await exec(sql`update projects set
            status = coalesce(${w.status}, status),
            approved_budget_cents = case when ${w.approved === null} then approved_budget_cents else ${w.approved}::bigint end,
            requested_budget_cents = coalesce(${w.requested}::bigint, requested_budget_cents),
            region_code = case when ${w.region === null} then region_code else ${w.region === null ? null : of(ref.regions, w.region)} end,
            funding_year = coalesce(${w.year === null ? null : of(ref.years, w.year)}::int, funding_year),
            version = version + 1
          where id = ${project()}`);
        return;
      }
      case "step": {
        if (!projectIds.length) return;
        const from = of(w.transition.from, w.from);
        await exec(sql`insert into project_transitions (project_id, from_status, to_status, transition, at)
          values (${project()}, ${from}, ${w.transition.to}, ${w.transition.name},
            timestamptz '2024-01-01T00:00:00Z' + make_interval(mins => ${w.minutes}))`);
        return;
      }
      case "report": {
        if (!projectIds.length) return;
        const due = dateAfter("2023-01-01", w.due);
        const submitted =
          w.status === "pending" ? null : `${dateAfter(due, w.submittedDaysAfterDue)}T12:00:00Z`;
        const [id] = await ids(
          tx as never,
          sql`insert into reports (project_id, kind, stage, sequence, period_start, period_end, due_date, status,
              first_submitted_at, decided_at)
            values (${project()}, ${w.kind}, ${w.stage}, ${serial}, ${dateAfter(due, -120)}, ${dateAfter(due, -30)}, ${due},
              ${w.status}, ${submitted}, ${w.status === "accepted" ? submitted : null})
            returning id`,
        );
        for (const [type, number] of uniqueBy(w.reached, (r) => of(ref.beneficiaryTypes, r[0]))) {
          await exec(sql`insert into report_beneficiaries (report_id, type_code, sex, age_group, number)
            values (${id}, ${of(ref.beneficiaryTypes, type)}, 'all', 'all', ${number})`);
        }
        for (const [area, amount] of uniqueBy(w.spent, (r) => of(ref.areas, r[0]))) {
          await exec(sql`insert into report_area_expenditures (report_id, area_code, amount_cents)
            values (${id}, ${of(ref.areas, area)}, ${amount})`);
        }
        return;
      }
      case "editExpenditure": {
        const reportIds = await ids(
          tx as never,
          sql`select distinct report_id as id from report_area_expenditures order by 1`,
        );
        if (!reportIds.length) return;
        await exec(sql`update report_area_expenditures set amount_cents = ${w.amount}
          where report_id = ${of(reportIds, w.report)}`);
        return;
      }
      case "decideReport": {
        const reportIds = await ids(tx as never, sql`select id from reports order by id`);
        if (!reportIds.length) return;
        const shift = w.submittedDaysAfterDue;
        await exec(sql`update reports set status = ${w.status},
            first_submitted_at = case when ${shift === null} then first_submitted_at
              else (due_date + ${shift ?? 0}::int)::timestamp at time zone 'UTC' + interval '3 hours' end,
            decided_at = now()
          where id = ${of(reportIds, w.report)}`);
        return;
      }
      case "extension": {
        if (!projectIds.length) return;
        const previous = dateAfter("2023-01-01", w.previousEnd);
        await exec(sql`insert into extensions (project_id, previous_end, requested_end, justification, status,
            requested_by_id, requested_at)
          values (${project()}, ${previous}, ${dateAfter(previous, w.addDays)}, 'Test', ${w.status}, ${ref.userId}, now())`);
        return;
      }
      case "decideExtension": {
        const extensionIds = await ids(tx as never, sql`select id from extensions order by id`);
        if (!extensionIds.length) return;
        await exec(
          sql`update extensions set status = ${w.status} where id = ${of(extensionIds, w.extension)}`,
        );
        return;
      }
    }
  });
}

/** The rollup's sums (folded and not) against the contributions recomputed from scratch. */
async function sumsDrift(db: Database["db"]): Promise<unknown[]> {
  const keys = sql.raw(FIGURE_KEYS);
  const result = await rowsOf(
    db.execute(sql`
    with kept as (
      select ${keys}, sum(n) as n, sum(a) as a, sum(b) as b from (
        select ${keys}, n, a, b from figure_rollup union all select ${keys}, n, a, b from figure_deltas
      ) k group by ${keys} having sum(n) <> 0 or sum(a) <> 0 or sum(b) <> 0
    ), fresh as (
      select ${keys}, sum(n) as n, sum(a) as a, sum(b) as b from (${figureContributions(sql`true`)}) as c
        (project_id, figure, area_filter, region_code, funding_year, fund_line, status, code, day, x, n, a, b)
      group by ${keys}
    )
    (select 'kept' as side, * from kept except select 'kept', * from fresh)
    union all
    (select 'fresh', * from fresh except select 'fresh', * from kept)
    limit 5`),
  );
  return result.rows;
}

/** The home figures as they were counted from the base tables before the rollups. */
async function summaryFromBase(
  db: Database["db"],
  scope: ReadScope,
  year: number | undefined,
  status: string | undefined,
  today: IsoDate,
) {
  const conditions = [sql`true`];
  const inScope = scope.where(sql`p.region_code`);
  if (inScope) conditions.push(inScope);
  if (year !== undefined) conditions.push(sql`p.funding_year = ${year}`);
  if (status !== undefined) conditions.push(sql`p.status = ${status}`);
  const where = sql.join(conditions, sql` and `);
  const countries = await rowsOf<{ country: string; projects: number }>(
    db.execute(sql`select pc.country_iso3 as country, count(*)::int as projects
      from project_countries pc join projects p on p.id = pc.project_id
      where ${where} group by pc.country_iso3 order by projects desc, country`),
  );
  const [row] = (
    await rowsOf<{ projects: number; active: number; approved: string; overdue: number }>(
      db.execute(sql`select count(*)::int as projects, count(*) filter (where p.status = 'active')::int as active,
        coalesce(sum(p.approved_budget_cents), 0)::text as approved,
        (select count(*) from reports r join projects p on p.id = r.project_id
          where ${overdueReportAs("r", today)} and ${where})::int as overdue
        from projects p where ${where}`),
    )
  ).rows;
  return {
    countries: countries.rows,
    headline: {
      projects: row?.projects,
      activeProjects: row?.active,
      approvedBudgetCents: row?.approved,
      countriesReached: countries.rows.length,
      overdueReports: row?.overdue,
    },
  };
}

describe.each(databaseKinds())("figure rollups stay exact under random writes (%s)", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  let ref: Reference;
  let serial = 0;

  beforeAll(async () => {
    ({ database, drop } = await openTestDatabase(kind, {
      postgresAdminUrl: inject("postgresAdminUrl"),
      postgresTemplate: inject("postgresTemplate"),
      pgliteSnapshot: inject("pgliteSnapshot"),
    }));
    const db = database.db;
    const codes = async (query: SQL) => (await rowsOf<{ c: string }>(db.execute(query))).rows.map((r) => r.c);
    ref = {
      regions: (await codes(sql`select code as c from regions order by code`)).slice(0, 3),
      years: (await codes(sql`select year as c from funding_years order by year`)).slice(0, 3).map(Number),
      lines: await codes(sql`select code as c from fund_lines order by code`),
      areas: (await codes(sql`select code as c from areas_of_work order by code`)).slice(0, 4),
      activities: (await codes(sql`select code as c from activity_types order by code`)).slice(0, 4),
      beneficiaryTypes: (await codes(sql`select code as c from beneficiary_types order by code`)).slice(0, 3),
      countries: (await codes(sql`select iso3 as c from countries order by iso3`)).slice(0, 5),
      userId: (await buildUser(db, "admin")).id,
    };
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it("every rollup-backed figure equals its base-table twin", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(write, { minLength: 1, maxLength: kind === "postgres" ? 4 : 1 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.array(view, { minLength: 1, maxLength: 3 }),
        async (batches, compactAfter, views) => {
          const db = database.db;
          for (const [i, batch] of batches.entries()) {
            // A batch's writes run at once, each in its own transaction: on PostgreSQL they race.
            // A write that loses a race (a duplicate code, a deadlock) is rolled back whole.
            await Promise.all(batch.map((w) => apply(db, ref, w, ++serial).catch(() => undefined)));
            if (compactAfter[i]) await compactFigureRollup(db);
          }
          expect(await sumsDrift(db)).toEqual([]);
          // The fund's envelopes: committed, pipeline and spent per year and line (issue 15).
          const nonZero = (sums: Map<string, EnvelopeSums>) =>
            [...sums]
              .filter(([, v]) => v.committed || v.pipeline || v.spent)
              .sort(([a], [b]) => a.localeCompare(b));
          expect(nonZero(await envelopeSums(db))).toEqual(nonZero(await envelopeSumsFromBase(db)));
          for (const v of views) {
            const scope =
              v.scopeRegion === null ? ReadScope.all : ReadScope.ofRegion(of(ref.regions, v.scopeRegion));
            const f = v.filters;
            const dashboardFilters = {
              region: f.region === undefined ? undefined : of(ref.regions, f.region),
              yearFrom: f.yearFrom === undefined ? undefined : of(ref.years, f.yearFrom),
              yearTo: f.yearTo === undefined ? undefined : of(ref.years, f.yearTo),
              fundLine: f.fundLine === undefined ? undefined : of(ref.lines, f.fundLine),
              status: f.status,
              area: f.area === undefined ? undefined : of(ref.areas, f.area),
            } as DashboardFilters;
            const today = dateAfter("2023-01-01", v.today);
            for (const chart of ROLLUP_CHARTS) {
              expect(await runFigureQuery(db, chartQuery(chart, scope, dashboardFilters, today))).toEqual(
                await runFigureQuery(db, baseChartQuery(chart, scope, dashboardFilters, today)),
              );
            }
            for (const report of ANALYSIS_REPORTS) {
              expect(await runFigureQuery(db, analysisQuery(report, scope, dashboardFilters, today))).toEqual(
                await runFigureQuery(db, baseAnalysisQuery(report, scope, dashboardFilters, today)),
              );
            }
            const year = dashboardFilters.yearFrom;
            const status = f.status?.[0];
            const now = new Date(`${today}T10:00:00Z`);
            const { countedAt: _, ...summary } = await countSummary(
              db,
              scope,
              { fundingYear: year, status } as never,
              now,
            );
            expect(summary).toEqual(await summaryFromBase(db, scope, year, status, today));
          }
        },
      ),
      { numRuns: kind === "postgres" ? 25 : 20 },
    );
  });
});

/**
 * Acceptance: "overdue" has one definition. On the demo portfolio, the same reports count as
 * overdue on the overdue list (its total and its count), the dashboard's overdue chart, the
 * analysis' compliance table and the home page's headline figure, for the whole portfolio, a
 * funding year and a regional viewer, and they are the reports domain isOverdue picks.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Headers, signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { IsoDate } from "../../domain/calendar";
import type { FigureTable } from "../../domain/figures";
import { isOverdue, type ReportStatus } from "../../domain/reportSchedule";
import { seedDemoIfEmpty } from "../demo";

interface Filter {
  region?: string;
  fundingYear?: number;
}

const sumOf = (tables: FigureTable[], id: string, key: string) =>
  (tables.find((t) => t.id === id)?.rows ?? []).reduce((total, row) => total + Number(row[key] ?? 0), 0);

describe.each(databaseKinds())("overdue reports count the same everywhere (%s)", (kind) => {
  let test: TestApp;

  async function get<T>(url: string, headers: Headers): Promise<T> {
    const response = await test.app.inject({ method: "GET", url, headers });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  }

  /** The overdue count of every endpoint that shows one, for a user and a filter. */
  async function countsEverywhere(headers: Headers, filter: Filter) {
    const figures = new URLSearchParams();
    const list = new URLSearchParams({ state: "overdue", limit: "1" });
    const home = new URLSearchParams();
    if (filter.region) {
      figures.set("region", filter.region);
      list.set("region", filter.region);
    }
    if (filter.fundingYear !== undefined) {
      const year = String(filter.fundingYear);
      figures.set("yearFrom", year);
      figures.set("yearTo", year);
      list.set("fundingYear", year);
      home.set("fundingYear", year);
    }
    const listed = await get<{ total: number; counts: { overdue: number } }>(`/api/reports?${list}`, headers);
    const dashboard = await get<{ tables: FigureTable[] }>(`/api/dashboard/overdue?${figures}`, headers);
    const analysis = await get<{ tables: FigureTable[] }>(
      `/api/analysis/reporting-compliance?${figures}`,
      headers,
    );
    const summary = await get<{ headline: { overdueReports: number } }>(
      `/api/portfolio/summary?${home}`,
      headers,
    );
    return {
      overdueList: listed.total,
      overdueListCount: listed.counts.overdue,
      dashboardChart: sumOf(dashboard.tables, "overdue", "overdueReports"),
      analysisCompliance: sumOf(analysis.tables, "reportingCompliance", "overdue"),
      // The home page filters by year but not by region: its region is the reader's scope.
      ...(filter.region ? {} : { homeHeadline: summary.headline.overdueReports }),
    };
  }

  /** The reports domain isOverdue picks, read row by row. */
  async function byDomain(today: IsoDate, filter: Filter & { scopeRegion?: string }): Promise<number> {
    const rows = await sqlRows<{
      status: ReportStatus;
      periodEnd: IsoDate;
      dueDate: IsoDate;
      region: string | null;
      fundingYear: number;
    }>(
      test.database.db,
      sql`select r.status, r.period_end::text as "periodEnd", r.due_date::text as "dueDate",
            p.region_code as region, p.funding_year as "fundingYear"
          from reports r join projects p on p.id = r.project_id`,
    );
    return rows.filter(
      (r) =>
        isOverdue(r, today) &&
        (filter.region === undefined || r.region === filter.region) &&
        (filter.scopeRegion === undefined || r.region === filter.scopeRegion) &&
        (filter.fundingYear === undefined || r.fundingYear === filter.fundingYear),
    ).length;
  }

  const same = (expected: number, counts: Record<string, number>) => {
    expect(expected).toBeGreaterThan(0);
    for (const [where, count] of Object.entries(counts))
      expect({ where, count }).toEqual({ where, count: expected });
  };

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
  });
  afterAll(async () => test?.close());

  it.each([
    ["2026-11-01T09:00:00Z", "2026-11-01"],
    ["2027-03-15T23:30:00Z", "2027-03-15"],
  ] as const)("at %s, for the fund manager: whole portfolio and one funding year", async (instant, today) => {
    test.clock.now = new Date(instant);
    const fund = await signInDemo(test, "fund@example.org");
    same(await byDomain(today, {}), await countsEverywhere(fund, {}));
    const year = 2025;
    same(await byDomain(today, { fundingYear: year }), await countsEverywhere(fund, { fundingYear: year }));
  });

  it("for a regional viewer, and for the fund manager filtering that region", async () => {
    test.clock.now = new Date("2026-11-01T09:00:00Z");
    const today = "2026-11-01";
    const [region] = (
      await sqlRows<{ region: string }>(
        test.database.db,
        sql`select p.region_code as region from reports r join projects p on p.id = r.project_id
            where p.region_code is not null and r.status = 'pending' and r.due_date < ${today}::date
            group by 1 order by count(*) desc limit 1`,
      )
    ).map((r) => r.region);
    if (!region) throw new Error("the demo has no overdue report in a region");
    const { headers: viewer } = await signIn(test, await buildUser(test.database.db, "viewer", region));
    same(await byDomain(today, { scopeRegion: region }), await countsEverywhere(viewer, {}));
    const fund = await signInDemo(test, "fund@example.org");
    same(await byDomain(today, { region }), await countsEverywhere(fund, { region }));
  });
});

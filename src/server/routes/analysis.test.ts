/**
 * Acceptance: the analysis reports of the demo portfolio equal hand-written SQL over the same
 * data (months added by the domain's own rule), within the read scope, with Excel/CSV downloads.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Headers, signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { shareAmounts } from "../../domain/allocation";
import { monthsAdded } from "../../domain/extensions";
import type { FigureTable } from "../../domain/figures";
import { seedDemoIfEmpty } from "../demo";

const TODAY = "2026-11-01";

describe.each(databaseKinds())("analysis reports on the demo portfolio (%s)", (kind) => {
  let test: TestApp;
  let fund: Headers;

  async function report(name: string, query = "", headers = fund): Promise<FigureTable[]> {
    const response = await test.app.inject({ method: "GET", url: `/api/analysis/${name}?${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { tables: FigureTable[] }).tables;
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    test.clock.now = new Date(`${TODAY}T09:00:00Z`);
    fund = await signInDemo(test, "fund@example.org");
  });
  afterAll(async () => test?.close());

  it("projects per funding year and per activity type equal counts over projects and their activity shares", async () => {
    const byYear = await sqlRows<{ year: number; n: number }>(
      test.database.db,
      sql`select funding_year as year, count(*)::int as n from projects group by funding_year order by funding_year`,
    );
    const byActivity = await sqlRows<{ year: number; activity: string; n: number; requested: string }>(
      test.database.db,
      sql`select p.funding_year as year, s.activity_code as activity, count(*)::int as n,
            sum(p.requested_budget_cents * s.share_hundredths)::text as requested
          from projects p join project_activity_shares s on s.project_id = p.id
          where p.funding_year = 2024
          group by p.funding_year, s.activity_code`,
    );
    expect(byActivity.length).toBeGreaterThan(1);
    // Each project's requested budget split among its activities by the domain rule, then summed.
    const shareRows = await sqlRows<{ project: string; code: string; hundredths: number; budget: string }>(
      test.database.db,
      sql`select p.id as project, s.activity_code as code, s.share_hundredths as hundredths,
            p.requested_budget_cents::text as budget
          from projects p join project_activity_shares s on s.project_id = p.id
          where p.funding_year = 2024`,
    );
    const byProject = new Map<string, typeof shareRows>();
    for (const r of shareRows) byProject.set(r.project, [...(byProject.get(r.project) ?? []), r]);
    const requestedByActivity = new Map<string, number>();
    for (const list of byProject.values()) {
      const amounts = shareAmounts(Number(list[0]?.budget), list);
      list.forEach((r, i) => {
        requestedByActivity.set(r.code, (requestedByActivity.get(r.code) ?? 0) + (amounts[i] ?? 0));
      });
    }
    const [years, activities] = await report("projects-by-year-activity");
    expect(years?.rows.map((r) => [r.fundingYear, r.projects])).toEqual(byYear.map((e) => [e.year, e.n]));
    const year2024 = (await report("projects-by-year-activity", "yearFrom=2024&yearTo=2024"))[1]?.rows ?? [];
    expect(year2024.length).toBe(byActivity.length);
    for (const e of byActivity) {
      const row = year2024.find((r) => r.activity === e.activity);
      expect(row?.projects).toBe(e.n);
      expect(row?.requestedBudget).toBe(requestedByActivity.get(e.activity));
      // Within a cent per project of the exact weighted sum.
      const exact = Number((BigInt(e.requested) * 2n + 10000n) / 20000n);
      expect(Math.abs(Number(row?.requestedBudget) - exact)).toBeLessThanOrEqual(e.n);
    }
    expect(activities?.rows.filter((r) => r.fundingYear === 2024)).toEqual(year2024);
  });

  it("extensions by region and year count requests by outcome and sum the months the approved ones added", async () => {
    const extensions = await sqlRows<{
      region: string | null;
      year: number;
      status: string;
      previous_end: string;
      requested_end: string;
    }>(
      test.database.db,
      sql`select p.region_code as region, p.funding_year as year, e.status,
            e.previous_end::text as previous_end, e.requested_end::text as requested_end
          from extensions e join projects p on p.id = e.project_id`,
    );
    expect(extensions.filter((e) => e.status === "approved").length).toBeGreaterThan(5);
    const expected = new Map<string, Record<string, number | string | null>>();
    for (const e of extensions) {
      const key = `${e.region}|${e.year}`;
      const row = expected.get(key) ?? {
        region: e.region,
        fundingYear: e.year,
        extensionsRequested: 0,
        extensionsApproved: 0,
        extensionsRefused: 0,
        extensionsPending: 0,
        monthsAdded: 0,
      };
      const add = (column: string, n: number) => {
        row[column] = Number(row[column]) + n;
      };
      add("extensionsRequested", 1);
      if (e.status === "approved") {
        add("extensionsApproved", 1);
        row.monthsAdded =
          Math.round((Number(row.monthsAdded) + monthsAdded(e.previous_end, e.requested_end)) * 10) / 10;
      }
      if (e.status === "refused") add("extensionsRefused", 1);
      if (e.status === "requested") add("extensionsPending", 1);
      expected.set(key, row);
    }
    const [table] = await report("extensions");
    const actual = table?.rows ?? [];
    expect(actual.length).toBe(expected.size);
    for (const row of actual) expect(row).toEqual(expected.get(`${row.region}|${row.fundingYear}`));
  });

  it("reporting compliance counts reports on time, late and overdue by region and year", async () => {
    const expected = await sqlRows<{
      region: string | null;
      year: number;
      on_time: number;
      late: number;
      overdue: number;
    }>(
      test.database.db,
      sql`select p.region_code as region, p.funding_year as year,
            sum(case when r.first_submitted_at is not null
                  and to_char(r.first_submitted_at at time zone 'UTC', 'YYYY-MM-DD') <= r.due_date::text then 1 else 0 end)::int as on_time,
            sum(case when r.first_submitted_at is not null
                  and to_char(r.first_submitted_at at time zone 'UTC', 'YYYY-MM-DD') > r.due_date::text then 1 else 0 end)::int as late,
            sum(case when r.status = 'pending' and r.due_date < ${TODAY}::date then 1 else 0 end)::int as overdue
          from reports r join projects p on p.id = r.project_id
          group by p.region_code, p.funding_year`,
    );
    const counted = expected.filter((e) => e.on_time + e.late + e.overdue > 0);
    expect(counted.some((e) => e.late > 0 && e.on_time > 0 && e.overdue > 0)).toBe(true);
    const [table] = await report("reporting-compliance");
    const actual = table?.rows ?? [];
    expect(actual.length).toBe(counted.length);
    for (const e of counted) {
      const total = e.on_time + e.late + e.overdue;
      expect(actual.find((r) => r.region === e.region && r.fundingYear === e.year)).toEqual({
        region: e.region,
        fundingYear: e.year,
        onTime: e.on_time,
        late: e.late,
        overdue: e.overdue,
        onTimePercent: Math.round((1000 * e.on_time) / total) / 10,
      });
    }
  });

  it("a regional viewer's reports hold only their region", async () => {
    const viewer = await signIn(test, await buildUser(test.database.db, "viewer", "EHA"));
    for (const name of ["extensions", "reporting-compliance"]) {
      const [table] = await report(name, "", viewer.headers);
      expect(table?.rows.length).toBeGreaterThan(0);
      expect(table?.rows.every((r) => r.region === "EHA")).toBe(true);
      const [widened] = await report(name, "region=MENA", viewer.headers);
      expect(widened?.rows).toEqual([]);
    }
  });

  it("signed out gets 401; an unknown report or bad filter gets 400", async () => {
    expect((await test.app.inject({ method: "GET", url: "/api/analysis/extensions" })).statusCode).toBe(401);
    expect(
      (await test.app.inject({ method: "GET", url: "/api/analysis/extensions/export?format=csv" }))
        .statusCode,
    ).toBe(401);
    const unknown = await test.app.inject({ method: "GET", url: "/api/analysis/horoscope", headers: fund });
    expect(unknown.statusCode).toBe(400);
    const bad = await test.app.inject({
      method: "GET",
      url: "/api/analysis/extensions/export?format=pdf",
      headers: fund,
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { fields: { field: string }[] }).fields.map((f) => f.field)).toContain("format");
  });

  it("the Excel and CSV downloads hold the report's numbers", async () => {
    const [table] = await report("reporting-compliance", "yearFrom=2025&yearTo=2025");
    const response = await test.app.inject({
      method: "GET",
      url: "/api/analysis/reporting-compliance/export?format=xlsx&lang=es&yearFrom=2025&yearTo=2025",
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Cumplimiento de informes");
    expect(sheet?.rowCount).toBe((table?.rows.length ?? 0) + 1);
    const onTime = sheet?.getColumn(3).values.slice(2);
    expect(onTime).toEqual(table?.rows.map((r) => r.onTime));
    const csv = await test.app.inject({
      method: "GET",
      url: "/api/analysis/reporting-compliance/export?format=csv&yearFrom=2025&yearTo=2025",
      headers: fund,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("On time,Late,Overdue");
  });
});

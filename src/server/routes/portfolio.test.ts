/**
 * Acceptance: on the demo portfolio, the home page's map and headline figures equal the same
 * figures written independently in SQL, for the whole portfolio, for a regional viewer, and with
 * the filters.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { seedDemoIfEmpty } from "../demo";

interface Expected {
  countries: { country: string; projects: number }[];
  headline: Record<string, unknown>;
}

/** The figures by hand: `where` is a condition on projects `p`. */
async function bySql(test: TestApp, where: ReturnType<typeof sql>, today: string): Promise<Expected> {
  const db = test.database.db;
  const run = <T>(query: ReturnType<typeof sql>) => sqlRows<T>(db, query);
  const countries = await run<{ country: string; projects: number }>(sql`
    select c.country_iso3 as country, count(distinct c.project_id)::int as projects
    from project_countries c where c.project_id in (select p.id from projects p where ${where})
    group by c.country_iso3 order by 2 desc, 1`);
  const [totals] = await run<Record<string, unknown>>(sql`
    select count(*)::int as projects,
      sum(case when p.status = 'active' then 1 else 0 end)::int as "activeProjects",
      coalesce(sum(p.approved_budget_cents), 0)::text as "approvedBudgetCents"
    from projects p where ${where}`);
  const [overdue] = await run<{ overdueReports: number }>(sql`
    select count(*)::int as "overdueReports" from reports r
    where r.status = 'pending' and r.due_date < ${today}::date
      and r.project_id in (select p.id from projects p where ${where})`);
  return {
    countries: countries.map((c) => ({ country: c.country, projects: Number(c.projects) })),
    headline: {
      ...totals,
      countriesReached: countries.length,
      overdueReports: Number(overdue?.overdueReports),
    },
  };
}

describe.each(databaseKinds())("the portfolio summary on the demo portfolio (%s)", (kind) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    test.clock.now = new Date("2026-11-01T09:00:00Z");
  });
  afterAll(async () => test?.close());

  async function summary(headers: Record<string, string>, query = "") {
    const response = await test.app.inject({ method: "GET", url: `/api/portfolio/summary${query}`, headers });
    expect(response.statusCode).toBe(200);
    const { countedAt, ...figures } = response.json() as Expected & { countedAt: string };
    expect(countedAt).toBe(test.clock.now.toISOString());
    return figures;
  }

  it("the fund manager's map and figures are the whole portfolio's", async () => {
    const expected = await bySql(test, sql`true`, "2026-11-01");
    expect(expected.countries.length).toBeGreaterThan(20);
    expect(expected.headline.overdueReports).toBeGreaterThan(0);
    const got = await summary(await signInDemo(test, "fund@example.org"));
    expect(got).toEqual(expected);
  });

  it("the demo viewer, the PM and the reviewer see the same whole portfolio", async () => {
    const expected = await bySql(test, sql`true`, "2026-11-01");
    for (const email of ["viewer@example.org", "pm@example.org", "reviewer@example.org"]) {
      expect(await summary(await signInDemo(test, email))).toEqual(expected);
    }
  });

  it("a viewer of one region sees only that region's projects", async () => {
    const viewer = await signIn(test, await buildUser(test.database.db, "viewer", "WCA"));
    const expected = await bySql(test, sql`p.region_code = 'WCA'`, "2026-11-01");
    expect(expected.headline.projects).toBeGreaterThan(0);
    const got = await summary(viewer.headers);
    expect(got).toEqual(expected);
    const whole = await bySql(test, sql`true`, "2026-11-01");
    expect(got.headline.projects).toBeLessThan(whole.headline.projects as number);
  });

  it("filters on funding year and status", async () => {
    const headers = await signInDemo(test, "fund@example.org");
    const expected = await bySql(test, sql`p.funding_year = 2025 and p.status = 'active'`, "2026-11-01");
    expect(expected.headline.projects).toBeGreaterThan(0);
    expect(await summary(headers, "?fundingYear=2025&status=active")).toEqual(expected);
  });

  it("reports overdue follow the app's today", async () => {
    test.clock.now = new Date("2027-03-15T23:30:00Z");
    const headers = await signInDemo(test, "fund@example.org");
    const expected = await bySql(test, sql`true`, "2027-03-15");
    const got = await summary(headers);
    expect(got.headline.overdueReports).toBe(expected.headline.overdueReports);
    test.clock.now = new Date("2026-11-01T09:00:00Z");
  });
});

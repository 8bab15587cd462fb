/**
 * Acceptance of the one portfolio cache (cache/portfolioCache.ts) over HTTP: a write shows on the
 * very next request in the home figures, the dashboard and the search, with the clock standing
 * still; and people with different read scopes, asking in turn, each get their own numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { FigureTable } from "../../domain/figures";
import type { PortfolioSummary } from "../../domain/portfolio";
import type { SearchPage } from "../../domain/search";

describe.each(databaseKinds())("answers kept until the data changes (%s)", (kind) => {
  let test: TestApp;
  let pm: Session;
  let fund: Session;
  let westAfrica: Session;
  let eastAfrica: Session;

  async function get<T>(session: Session, url: string): Promise<T> {
    const response = await test.app.inject({ method: "GET", url, headers: session.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  }
  const summary = (session: Session) => get<PortfolioSummary>(session, "/api/portfolio/summary");
  const search = (session: Session, q: string) =>
    get<SearchPage>(session, `/api/search?q=${encodeURIComponent(q)}`);
  /** The dashboard's projects in the 2026 funding year, all regions together. */
  async function dashboardProjects(session: Session): Promise<number> {
    const { tables } = await get<{ tables: FigureTable[] }>(
      session,
      "/api/dashboard/portfolio?yearFrom=2026&yearTo=2026",
    );
    return (tables[0]?.rows ?? []).reduce((sum, row) => sum + Number(row.projects), 0);
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    westAfrica = await signIn(test, await buildUser(db, "viewer", "WCA"));
    eastAfrica = await signIn(test, await buildUser(db, "viewer", "EHA"));
    await createProjectAs(test, pm, { title: "Labour migration governance in Ghana" });
    await createProjectAs(test, pm, { title: "Reintegration of returnees in Senegal", countries: ["SEN"] });
    await createProjectAs(test, pm, { title: "Migrant health in Kenya", countries: ["KEN"] });
  });
  afterAll(async () => test?.close());

  it("a new project shows on the very next request in the home figures, the dashboard and the search", async () => {
    const before = await summary(fund);
    const charted = await dashboardProjects(fund);
    expect((await search(fund, "Ethiopia")).total).toBe(0);
    // Asked again, unchanged: these answers are now kept.
    expect(await summary(fund)).toEqual(before);

    await createProjectAs(test, pm, { title: "Border management in Ethiopia", countries: ["ETH"] });

    const after = await summary(fund);
    expect(after.headline.projects).toBe(before.headline.projects + 1);
    expect(after.countries).toContainEqual({ country: "ETH", projects: 1 });
    expect(after.countedAt).toBe(test.clock.now.toISOString());
    expect(await dashboardProjects(fund)).toBe(charted + 1);
    expect((await search(fund, "Ethiopia")).items.map((item) => item.title)).toEqual([
      "Border management in Ethiopia",
    ]);
  });

  it("an approval shows in the home figures on the very next request", async () => {
    const project = await createProjectAs(test, pm, { title: "Labour mobility in Ghana" });
    await setStatus(test.database.db, project.id, "endorsed");
    const before = await summary(fund);
    expect(await summary(fund)).toEqual(before);

    const approved = await fire(test, fund, project.id, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const after = await summary(fund);
    expect(BigInt(after.headline.approvedBudgetCents) - BigInt(before.headline.approvedBudgetCents)).toBe(
      15_000_000n,
    );
  });

  it("two read scopes asking in turn never share an answer", async () => {
    for (let round = 0; round < 2; round += 1) {
      const all = await summary(fund);
      const west = await summary(westAfrica);
      const east = await summary(eastAfrica);
      expect(east.countries).toEqual([
        { country: "ETH", projects: 1 },
        { country: "KEN", projects: 1 },
      ]);
      expect(west.countries.map((c) => c.country).sort()).toEqual(["GHA", "SEN"]);
      expect(all.headline.projects).toBe(west.headline.projects + east.headline.projects);

      const charted = await dashboardProjects(fund);
      expect(await dashboardProjects(westAfrica)).toBe(west.headline.projects);
      expect(await dashboardProjects(eastAfrica)).toBe(2);
      expect(charted).toBe(all.headline.projects);

      expect((await search(fund, "migration")).total).toBeGreaterThan(0);
      expect((await search(westAfrica, "Kenya")).total).toBe(0);
      expect((await search(eastAfrica, "Kenya")).total).toBe(1);
      expect((await search(fund, "Kenya")).total).toBe(1);
    }
  });
});

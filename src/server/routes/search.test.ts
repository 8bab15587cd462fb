/**
 * The project search engine: any word of a project finds it (accents and the language of country
 * names aside, close spellings of codes and titles too), best matches first with the words
 * marked, facets counted as a user expects, within what the user may read.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createProjectAs,
  projectInput,
  type Session,
  setStatus,
  signIn,
} from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { HighlightPart } from "../../domain/knowledge";
import { SEARCH_FACETS, type SearchFacets, type SearchPage } from "../../domain/search";
import { reports } from "../db/schema";

const marked = (parts: HighlightPart[]) => parts.filter((part) => part.match).map((part) => part.text);

describe.each(databaseKinds())("the project search on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let fund: Session;
  let regionViewer: Session;
  const ids: Record<string, string> = {};

  async function search(session: Session | null, query: string) {
    return test.app.inject({ method: "GET", url: `/api/search?${query}`, headers: session?.headers ?? {} });
  }
  async function found(session: Session, query: string): Promise<SearchPage> {
    const response = await search(session, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const titles = (page: SearchPage) => page.items.map((item) => item.title);

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    regionViewer = await signIn(test, await buildUser(db, "viewer", "EHA"));
    const create = async (key: string, overrides: Parameters<typeof createProjectAs>[2]) => {
      ids[key] = (await createProjectAs(test, pm, overrides)).id;
    };
    await create("mobility", {
      title: "Labour mobility and remittances in Ghana",
      summary: "Bilateral agreements open safe labour mobility corridors for young workers.",
    });
    // "labour mobility" only in the summary: found, after the project whose title says it.
    await create("governance", {
      title: "Labour migration governance in Ghana",
      summary: "Helps the ministry plan labour mobility schemes with employers and unions.",
      fundLine: "L1",
      fundingYear: 2027,
      genderMarker: "1",
    });
    await create("senegal", {
      title: "Migración laboral y retorno",
      summary: "Apoyo a los migrantes que regresan.",
      objective: "Los migrantes retornados se reintegran.",
      countries: ["SEN"],
      activityShares: [{ code: "AWR", percent: 100 }],
    });
    await create("kenya", {
      title: "Migrant health in Kenya",
      summary: "Health screening at migrant resource points.",
      objective: "Migrants reach health services.",
      countries: ["KEN"],
      areaShares: [{ code: "MH", percent: 100 }],
      fundingYear: 2027,
    });
    await setStatus(db, ids.governance as string, "active");
    await db.insert(reports).values({
      projectId: ids.kenya as string,
      kind: "narrative",
      stage: "final",
      sequence: 0,
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      dueDate: "2026-03-31",
      status: "accepted",
      lessonsLearned: "Mobile clinics reached zanzibarite communities once elders were consulted.",
      decidedAt: new Date("2026-02-10T10:00:00Z"),
    });
  });

  afterAll(async () => test?.close());

  it("ranks a title with the words above a summary with them, above an area of work named so, and marks them", async () => {
    const page = await found(pm, "q=labour%20mobility");
    // The third has its budget in "Labour mobility and human development" (the factory's areas).
    expect(titles(page)).toEqual([
      "Labour mobility and remittances in Ghana",
      "Labour migration governance in Ghana",
      "Migración laboral y retorno",
    ]);
    expect(page.total).toBe(3);
    const [first, second] = page.items;
    expect(marked(first?.titleHighlights ?? [])).toEqual(["Labour mobility"]);
    expect(marked(first?.snippet ?? [])).toContain("labour mobility");
    expect(marked(second?.snippet ?? [])).toContain("labour mobility");
    expect(first).toMatchObject({ region: "WCA", countries: ["GHA"], fundingYear: 2026, approximate: false });
    expect(first?.titleHighlights.map((part) => part.text).join("")).toBe(first?.title);
  });

  it("finds the beginning of the last word while it is being typed", async () => {
    expect(titles(await found(pm, "q=remitt"))).toEqual(["Labour mobility and remittances in Ghana"]);
  });

  it("finds titles spelt a little differently, after the exact matches", async () => {
    const page = await found(pm, "q=labor%20mobilty");
    expect(titles(page)[0]).toBe("Labour mobility and remittances in Ghana");
    expect(page.items[0]?.approximate).toBe(true);
    expect(titles(await found(pm, "q=helth%20kenya"))).toEqual(["Migrant health in Kenya"]);
  });

  it("ignores accents both ways and marks the words as written", async () => {
    for (const q of ["migracion", "Migración", "MIGRACION%20laboral"]) {
      const page = await found(pm, `q=${q}`);
      expect(titles(page)[0], q).toBe("Migración laboral y retorno");
      expect(marked(page.items[0]?.titleHighlights ?? [])[0], q).toMatch(/^Migración/);
    }
  });

  it("finds countries by their English, French and Spanish names", async () => {
    for (const q of ["Senegal", "S%C3%A9n%C3%A9gal", "senegal"]) {
      expect(titles(await found(pm, `q=${q}`)), q).toEqual(["Migración laboral y retorno"]);
    }
    expect(titles(await found(pm, "q=Kenia"))).toEqual(["Migrant health in Kenya"]);
  });

  it("finds a word of the lessons learned of an accepted final report", async () => {
    const page = await found(pm, "q=zanzibarite");
    expect(titles(page)).toEqual(["Migrant health in Kenya"]);
    // The snippet shows the passage of the lesson with the word, so the user sees why.
    expect(marked(page.items[0]?.snippet ?? [])).toEqual(["zanzibarite"]);
  });

  it("counts each facet over the results with the other facets' choices, as hand-written SQL does", async () => {
    const page = await found(pm, "fundingYear=2026&region=WCA");
    const db = test.database.db;
    const rows = async (query: ReturnType<typeof sql>) =>
      (await sqlRows<{ value: string; count: string | number }>(db, query))
        .map((r) => ({ value: String(r.value), count: Number(r.count) }))
        .sort((a, b) => a.value.localeCompare(b.value));
    const sorted = (facet: keyof SearchFacets) =>
      [...page.facets[facet]].sort((a, b) => a.value.localeCompare(b.value));
    // Region: only the year applies; year: only the region applies; the rest: both.
    expect(sorted("region")).toEqual(
      await rows(
        sql`select region_code as value, count(*) from projects where funding_year = 2026 group by 1`,
      ),
    );
    expect(sorted("fundingYear")).toEqual(
      await rows(
        sql`select funding_year as value, count(*) from projects where region_code = 'WCA' group by 1`,
      ),
    );
    expect(sorted("status")).toEqual(
      await rows(
        sql`select status as value, count(*) from projects where region_code = 'WCA' and funding_year = 2026 group by 1`,
      ),
    );
    expect(sorted("country")).toEqual(
      await rows(sql`select pc.country_iso3 as value, count(*) from projects p
        join project_countries pc on pc.project_id = p.id
        where p.region_code = 'WCA' and p.funding_year = 2026 group by 1`),
    );
    expect(sorted("activity")).toEqual(
      await rows(sql`select a.activity_code as value, count(*) from projects p
        join project_activity_shares a on a.project_id = p.id
        where p.region_code = 'WCA' and p.funding_year = 2026 group by 1`),
    );
    expect(page.facets.region).toEqual([{ value: "WCA", count: 2 }]);
    expect(Object.keys(page.facets).sort()).toEqual([...SEARCH_FACETS].sort());
    expect(page.total).toBe(2);
  });

  it("narrows the results by a facet, and by several values of one facet", async () => {
    expect(titles(await found(pm, "q=labour&status=active"))).toEqual([
      "Labour migration governance in Ghana",
    ]);
    expect((await found(pm, "area=MH")).total).toBe(1);
    expect((await found(pm, "fundLine=L1&fundLine=L2")).total).toBe(4);
    expect((await found(pm, "country=KEN&country=SEN")).total).toBe(2);
    const page = await found(pm, "q=labour&genderMarker=1");
    expect(titles(page)).toEqual(["Labour migration governance in Ghana"]);
    // The gender marker's own counts ignore its choice: the user sees what the other value gives.
    expect(page.facets.genderMarker).toEqual([
      { value: "2a", count: 2 },
      { value: "1", count: 1 },
    ]);
  });

  it("lists everything by code without words, a page at a time", async () => {
    const page = await found(pm, "pageSize=3");
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(3);
    const codes = page.items.map((item) => item.code);
    expect(codes).toEqual([...codes].sort());
    expect((await found(pm, "pageSize=3&page=2")).items).toHaveLength(1);
  });

  it("shows a viewer limited to a region only that region's projects and counts", async () => {
    const page = await found(regionViewer, "");
    expect(titles(page)).toEqual(["Migrant health in Kenya"]);
    expect(page.facets.region).toEqual([{ value: "EHA", count: 1 }]);
    expect((await found(regionViewer, "q=labour")).total).toBe(0);
    expect((await found(fund, "")).total).toBe(4);
  });

  it("refuses a signed-out caller", async () => {
    expect((await search(null, "q=labour")).statusCode).toBe(401);
  });

  it("answers bad parameters with field-level errors", async () => {
    for (const [query, field] of [
      ["status=sleeping", "status"],
      [`q=${"a".repeat(201)}`, "q"],
      ["country=gh", "country"],
      ["fundingYear=next", "fundingYear"],
      ["pageSize=500", "pageSize"],
      ["regoin=WCA", ""],
    ] as const) {
      const response = await search(pm, query);
      expect(response.statusCode, query).toBe(400);
      const body = response.json();
      expect(body.error).toBe("validation");
      if (field) expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(response.body).not.toMatch(/at .*\.ts/);
    }
    // A list filter says what it takes, not only that the input is wrong.
    const status = (await search(pm, "status=sleeping")).json();
    expect(status.fields[0].message).toMatch(/^Statuses among draft, submitted/);
  });

  it("finds a project by its new title once it is changed, and no longer by the old one", async () => {
    const id = ids.mobility as string;
    const current = await test.app.inject({ method: "GET", url: `/api/projects/${id}`, headers: pm.headers });
    const { version } = current.json();
    const response = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${id}`,
      headers: pm.headers,
      payload: { ...projectInput({ title: "Seasonal workers in Ghana" }), version },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(titles(await found(pm, "q=seasonal"))).toEqual(["Seasonal workers in Ghana"]);
    expect(titles(await found(pm, "q=remittances"))).toEqual([]);
  });

  it("counts a project under its new status as soon as it changes (answers are reused only until then)", async () => {
    const before = await found(fund, "region=EHA");
    expect(before.facets.status).toEqual([{ value: "draft", count: 1 }]);
    await setStatus(test.database.db, ids.kenya as string, "submitted");
    const after = await found(fund, "region=EHA");
    expect(after.facets.status).toEqual([{ value: "submitted", count: 1 }]);
    expect(after.items[0]?.status).toBe("submitted");
  });

  it("says which results the user has bookmarked", async () => {
    await test.database.db.execute(
      sql`insert into bookmarks (user_id, project_id) values (${pm.user.id}, ${ids.kenya as string})`,
    );
    const page = await found(pm, "q=kenya");
    expect(page.items[0]?.bookmarked).toBe(true);
    expect((await found(fund, "q=kenya")).items[0]?.bookmarked).toBe(false);
  });
});

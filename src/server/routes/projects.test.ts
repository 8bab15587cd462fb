import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, projectInput, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { auditEvents, projects } from "../db/schema";

describe.each(databaseKinds())("projects API on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let altPm: Session;
  beforeAll(async () => {
    test = await startTestApp(kind);
    pm = await signIn(test, await buildUser(test.database.db, "pm"));
    altPm = await signIn(test, await buildUser(test.database.db, "pm"));
  });
  afterAll(() => test.close());

  const put = (session: Session, id: string, payload: unknown) =>
    test.app.inject({
      method: "PUT",
      url: `/api/projects/${id}`,
      headers: session.headers,
      payload: payload as object,
    });

  it("creates a draft with a code, the region derived from its country, and exact money", async () => {
    const project = await createProjectAs(test, pm, { requestedBudget: "199999.99", altPmId: altPm.user.id });
    expect(project).toMatchObject({
      status: "draft",
      region: "WCA",
      countries: ["GHA"],
      requestedBudget: "199999.99",
      pm: { id: pm.user.id },
      altPm: { id: altPm.user.id },
      version: 1,
      can: { update: true },
    });
    expect(project.code).toMatch(/^PRJ-2026-\d{4}$/);
    // Each share's part of the budget, split to the cent (domain shareAmounts).
    expect(project.areaShares).toEqual([
      { code: "LHD", percent: 70, amount: "139999.99" },
      { code: "MPR", percent: 30, amount: "60000.00" },
    ]);
  });

  it("edits a draft, bumps the version and records the changed fields in the audit trail", async () => {
    const project = await createProjectAs(test, pm);
    const response = await put(pm, project.id, {
      ...projectInput({ title: "Labour migration data in Ghana" }),
      version: project.version,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ title: "Labour migration data in Ghana", version: 2 });
    const reread = await test.app.inject({
      method: "GET",
      url: `/api/projects/${project.id}`,
      headers: pm.headers,
    });
    expect(reread.json().title).toBe("Labour migration data in Ghana");
    const events = await test.database.db.select().from(auditEvents);
    const update = events.find((e) => e.entityId === project.id && e.action === "update");
    expect(update?.before).toEqual({ title: "Strengthening labour migration governance in Ghana" });
    expect(update?.after).toEqual({ title: "Labour migration data in Ghana" });
  });

  it("lets the alternate PM edit too", async () => {
    const project = await createProjectAs(test, pm, { altPmId: altPm.user.id });
    const response = await put(altPm, project.id, {
      ...projectInput({ altPmId: altPm.user.id, summary: "By the alternate" }),
      version: 1,
    });
    expect(response.statusCode).toBe(200);
  });

  it("refuses a stale edit with 409 and the current record, and keeps the first edit", async () => {
    const project = await createProjectAs(test, pm);
    const first = await put(pm, project.id, {
      ...projectInput({ title: "First browser's title" }),
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const second = await put(pm, project.id, {
      ...projectInput({ title: "Second browser's title" }),
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      error: "conflict",
      current: { title: "First browser's title", version: 2 },
    });
    expect(second.json().message).toMatch(/someone else saved/i);
  });

  it("lets only one of two simultaneous edits win", async () => {
    const project = await createProjectAs(test, pm);
    const results = await Promise.all(
      ["A", "B"].map((who) => put(pm, project.id, { ...projectInput({ title: `Edit ${who}` }), version: 1 })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("lists with filters, sorting and pagination", async () => {
    await createProjectAs(test, pm, {
      title: "Border management in Kenya",
      countries: ["KEN"],
      fundingYear: 2027,
    });
    const kenya = await test.app.inject({
      method: "GET",
      url: "/api/projects?country=KEN",
      headers: pm.headers,
    });
    expect(kenya.json().items.map((p: { title: string }) => p.title)).toEqual(["Border management in Kenya"]);
    const byRegion = await test.app.inject({
      method: "GET",
      url: "/api/projects?region=EHA&fundingYear=2027",
      headers: pm.headers,
    });
    expect(byRegion.json().total).toBe(1);
    const page = await test.app.inject({
      method: "GET",
      url: "/api/projects?pageSize=2&page=1&sort=title&order=asc",
      headers: pm.headers,
    });
    const body = page.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThan(2);
    const titles = body.items.map((p: { title: string }) => p.title);
    expect([...titles].sort()).toEqual(titles);
    const byArea = await test.app.inject({
      method: "GET",
      url: "/api/projects?areaOfWork=LHD&q=ghana",
      headers: pm.headers,
    });
    expect(byArea.json().items.every((p: { countries: string[] }) => p.countries.includes("GHA"))).toBe(true);
  });

  it("lets the alternate PM edit but not take the project over", async () => {
    const project = await createProjectAs(test, pm, { altPmId: altPm.user.id });
    const takeover = await put(altPm, project.id, {
      ...projectInput({ pmId: altPm.user.id, altPmId: null }),
      version: 1,
    });
    expect(takeover.statusCode).toBe(403);
    const reread = await test.app.inject({
      method: "GET",
      url: `/api/projects/${project.id}`,
      headers: pm.headers,
    });
    expect(reread.json()).toMatchObject({ pm: { id: pm.user.id }, altPm: { id: altPm.user.id }, version: 1 });
  });

  it("keeps the alternate PM when an edit does not mention one, and removes them on null", async () => {
    const project = await createProjectAs(test, pm, { altPmId: altPm.user.id });
    const kept = await put(pm, project.id, { ...projectInput({ summary: "No people named" }), version: 1 });
    expect(kept.json().altPm).toMatchObject({ id: altPm.user.id });
    const removed = await put(pm, project.id, { ...projectInput({ altPmId: null }), version: 2 });
    expect(removed.json().altPm).toBeNull();
  });

  it("refuses a proposal its creator would not manage", async () => {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/projects",
      headers: pm.headers,
      payload: projectInput({ pmId: altPm.user.id }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ field: "pmId", code: "creatorNotManager" }),
    ]);
  });

  it("refuses a new proposal in a closed funding year", async () => {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/projects",
      headers: pm.headers,
      payload: projectInput({ fundingYear: 2024, plannedStart: "2024-03-01", plannedEnd: "2025-03-01" }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ field: "fundingYear", code: "fundingYearClosed" }),
    ]);
  });

  it("refuses a follow-up chain that loops back", async () => {
    const first = await createProjectAs(test, pm);
    const second = await createProjectAs(test, pm, { followUpOfId: first.id });
    const loop = await put(pm, first.id, { ...projectInput({ followUpOfId: second.id }), version: 1 });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().fields).toEqual([
      expect.objectContaining({ field: "followUpOfId", code: "followUpCycle" }),
    ]);
  });

  it("refuses a misspelt filter instead of returning everything", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: "/api/projects?regoin=WCA",
      headers: pm.headers,
    });
    expect(response.statusCode).toBe(400);
  });

  it("tells someone who may not edit that first, even with an incomplete body", async () => {
    const project = await createProjectAs(test, pm);
    const reviewer = await signIn(test, await buildUser(test.database.db, "reviewer", "WCA"));
    const response = await put(reviewer, project.id, { title: "x" });
    expect(response.statusCode).toBe(403);
  });

  it("answers 400 naming the parameter for a bad filter", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: "/api/projects?pageSize=5000",
      headers: pm.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe("pageSize");
  });

  describe("bad input to POST /api/projects gets a 400 naming the field and writes nothing", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["a number as title", { title: 42 }, "title"],
      ["no title", { title: undefined }, "title"],
      ["no type", { type: undefined }, "type"],
      ["area shares summing to 99", { areaShares: [{ code: "LHD", percent: 99 }] }, "areaShares"],
      ["an end before the start", { plannedEnd: "2026-01-01" }, "plannedEnd"],
      ["an unknown country", { countries: ["XXX"] }, "countries.0"],
      ["a negative budget", { requestedBudget: "-5000" }, "requestedBudget"],
      ["an absurd budget", { requestedBudget: "99999999999" }, "requestedBudget"],
      ["a 1 MB title", { title: "x".repeat(1024 * 1024) }, "title"],
      ["a date that does not exist", { plannedStart: "2026-02-30" }, "plannedStart"],
      ["an unknown area of work", { areaShares: [{ code: "NOPE", percent: 100 }] }, "areaShares.0.code"],
      ["a fund line that does not exist", { fundLine: "L9" }, "fundLine"],
      [
        "a budget share with three decimals",
        { activityShares: [{ code: "RES", percent: 33.333 }] },
        "activityShares.0.percent",
      ],
      ["two countries on a national project", { countries: ["GHA", "TGO"] }, "countries"],
      [
        "a negative number of beneficiaries",
        { beneficiaries: [{ type: "GOV", sex: "all", ageGroup: "adults", number: -3 }] },
        "beneficiaries.0.number",
      ],
    ];
    it.each(cases)("%s", async (_name, override, field) => {
      const [before] = await test.database.db.select({ n: count() }).from(projects);
      const response = await test.app.inject({
        method: "POST",
        url: "/api/projects",
        headers: pm.headers,
        payload: { ...projectInput(), ...override },
      });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error).toBe("validation");
      expect(body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(JSON.stringify(body).length).toBeLessThan(10_000);
      const [after] = await test.database.db.select({ n: count() }).from(projects);
      expect(after?.n).toBe(before?.n);
    });
  });
});

/**
 * The project timeline over HTTP: the phases of the project's life from its transitions, its
 * planned and actual dates, milestones, reports in their state of the day, extensions, today.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { milestones, reports } from "../db/schema";

describe.each(databaseKinds())("timeline on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let reviewer: Session;
  let fund: Session;
  let otherRegionViewer: Session;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    fund = await signIn(test, await buildUser(db, "fund_manager"));
    otherRegionViewer = await signIn(test, await buildUser(db, "viewer", "EEA"));
  });
  afterAll(() => test.close());

  const at = async (iso: string) => {
    test.clock.now = new Date(iso);
    pm = await signIn(test, pm.user);
    reviewer = await signIn(test, reviewer.user);
    fund = await signIn(test, fund.user);
    otherRegionViewer = await signIn(test, otherRegionViewer.user);
  };
  const timeline = (who: Session | null, id: string) =>
    test.app.inject({ method: "GET", url: `/api/projects/${id}/timeline`, headers: who?.headers ?? {} });

  it("a draft shows its proposal phase and planned dates, nothing else yet", async () => {
    await at("2026-03-02T09:00:00Z");
    const project = await createProjectAs(test, pm);
    const response = await timeline(reviewer, project.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      today: "2026-03-02",
      plannedStart: "2026-07-01",
      plannedEnd: "2027-12-31",
      originalEnd: "2027-12-31",
      actualStart: null,
      actualEnd: null,
      phases: [{ phase: "proposal", from: "2026-03-02", to: null }],
      milestones: [],
      reports: [],
      extensions: [],
      revisions: [],
    });
  });

  it("an active project shows its phases, milestones, each report's state today and its extension", async () => {
    await at("2026-03-02T09:00:00Z");
    const { id } = await createProjectAs(test, pm);
    await at("2026-03-10T09:00:00Z");
    expect((await fire(test, pm, id, "submit")).statusCode).toBe(200);
    await at("2026-04-01T09:00:00Z");
    expect((await fire(test, reviewer, id, "endorse")).statusCode).toBe(200);
    await at("2026-05-15T09:00:00Z");
    const approved = await fire(test, fund, id, "approve", { approvedBudget: "180000", fundLine: "L2" });
    expect(approved.statusCode, approved.body).toBe(200);
    await at("2026-07-01T09:00:00Z");
    expect((await fire(test, pm, id, "start")).statusCode).toBe(200);
    await test.database.db.insert(milestones).values([
      {
        projectId: id,
        title: "Inception workshop",
        plannedDate: "2026-08-15",
        actualDate: "2026-08-20",
        sort: 1,
      },
      { projectId: id, title: "Baseline survey", plannedDate: "2026-10-31", sort: 2 },
    ]);
    // The first narrative report went in on time; the financial one did not.
    await test.database.db
      .update(reports)
      .set({ status: "submitted", submittedAt: new Date("2027-01-20T10:00:00Z") })
      .where(and(eq(reports.projectId, id), eq(reports.sequence, 1), eq(reports.kind, "narrative")));
    await at("2027-02-10T09:00:00Z");
    const extension = await test.app.inject({
      method: "POST",
      url: `/api/projects/${id}/extensions`,
      headers: pm.headers,
      payload: { requestedEnd: "2028-03-31", justification: "The survey season moved by three months." },
    });
    expect(extension.statusCode, extension.body).toBe(201);
    await at("2027-02-12T09:00:00Z");
    const decided = await test.app.inject({
      method: "POST",
      url: `/api/extensions/${extension.json().id}/decision`,
      headers: fund.headers,
      payload: { decision: "approve", version: 1 },
    });
    expect(decided.statusCode, decided.body).toBe(200);

    const body = (await timeline(pm, id)).json();
    expect(body).toMatchObject({
      today: "2027-02-12",
      plannedStart: "2026-07-01",
      plannedEnd: "2028-03-31",
      originalEnd: "2027-12-31",
      actualStart: "2026-07-01",
      actualEnd: null,
    });
    expect(body.phases).toEqual([
      { phase: "proposal", from: "2026-03-02", to: "2026-03-10" },
      { phase: "review", from: "2026-03-10", to: "2026-05-15" },
      { phase: "approved", from: "2026-05-15", to: "2026-07-01" },
      { phase: "implementation", from: "2026-07-01", to: null },
    ]);
    expect(
      body.milestones.map((m: { title: string; actualDate: string | null }) => [m.title, m.actualDate]),
    ).toEqual([
      ["Inception workshop", "2026-08-20"],
      ["Baseline survey", null],
    ]);
    expect(
      body.reports.map(
        (r: { stage: string; sequence: number; kind: string; dueDate: string; state: string }) =>
          `${r.stage}${r.sequence} ${r.kind} due ${r.dueDate} ${r.state}`,
      ),
    ).toEqual([
      "interim1 narrative due 2027-01-30 submitted",
      "interim1 financial due 2027-01-30 overdue",
      "interim2 narrative due 2027-07-30 upcoming",
      "interim2 financial due 2027-07-30 upcoming",
      "interim3 narrative due 2028-01-30 upcoming",
      "interim3 financial due 2028-01-30 upcoming",
      "final0 narrative due 2028-06-29 upcoming",
      "final0 financial due 2028-06-29 upcoming",
    ]);
    expect(body.reports[0].submittedAt).toBe("2027-01-20T10:00:00.000Z");
    expect(body.extensions).toEqual([
      {
        id: extension.json().id,
        previousEnd: "2027-12-31",
        requestedEnd: "2028-03-31",
        status: "approved",
        requestedAt: "2027-02-10T09:00:00.000Z",
        decidedAt: "2027-02-12T09:00:00.000Z",
      },
    ]);

    // Time passes: the state of each report follows today, with nothing stored.
    await at("2027-07-10T09:00:00Z");
    const july = (await timeline(pm, id)).json();
    expect(july.today).toBe("2027-07-10");
    expect(july.reports.slice(2, 4).map((r: { state: string }) => r.state)).toEqual(["due", "due"]);
  });

  it("follows the project's read rules: 404 for a viewer of another region, 401 without a session", async () => {
    await at("2026-03-02T09:00:00Z");
    const project = await createProjectAs(test, pm);
    expect((await timeline(otherRegionViewer, project.id)).statusCode).toBe(404);
    expect((await timeline(null, project.id)).statusCode).toBe(401);
    expect((await timeline(pm, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });
});

/**
 * Who may read spending and set the threshold, as a matrix of callers × routes with the expected
 * answer written out by hand. Reading a project's spending follows reading the project (a viewer
 * given another region gets 404 and sees none of its projects in the portfolio lists); only the
 * fund manager sets the threshold. The threshold is put back to version 1 before each attempt.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { fundSpendingSettings, projects } from "../db/schema";

const CALLERS = [
  "pm",
  "pmElsewhere",
  "reviewer",
  "fundManager",
  "viewer",
  "viewerElsewhere",
  "admin",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = [
  "readProjectSpending",
  "exportProjectSpending",
  "readPortfolio",
  "exportPortfolio",
  "readThreshold",
  "setThreshold",
] as const;
type Action = (typeof ACTIONS)[number];

const everyone = (anonymous: number, others: number, viewerElsewhere = others) => ({
  pm: others,
  pmElsewhere: others,
  reviewer: others,
  fundManager: others,
  viewer: others,
  viewerElsewhere,
  admin: others,
  anonymous,
});

const EXPECTED: Record<Action, Record<Caller, number>> = {
  readProjectSpending: everyone(401, 200, 404),
  exportProjectSpending: everyone(401, 200, 404),
  readPortfolio: everyone(401, 200),
  exportPortfolio: everyone(401, 200),
  readThreshold: everyone(401, 200),
  setThreshold: {
    pm: 403,
    pmElsewhere: 403,
    reviewer: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 403,
    admin: 403,
    anonymous: 401,
  },
};

describe.each(databaseKinds())("who may read spending and set the threshold on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions = {
      pm: await signIn(test, await buildUser(db, "pm", "WCA")),
      pmElsewhere: await signIn(test, await buildUser(db, "pm", "EEA")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    projectId = (await createProjectAs(test, sessions.pm)).id;
    await setStatus(db, projectId, "active");
    await db.update(projects).set({ approvedBudgetCents: 10_000_000 }).where(eq(projects.id, projectId));
  });
  afterAll(() => test.close());

  async function attempt(action: Action, session: Session | null) {
    const headers = session?.headers ?? {};
    const get = (url: string) => test.app.inject({ method: "GET", url, headers });
    switch (action) {
      case "readProjectSpending":
        return get(`/api/projects/${projectId}/spending`);
      case "exportProjectSpending":
        return get(`/api/projects/${projectId}/spending/export`);
      case "readPortfolio":
        return get("/api/spending");
      case "exportPortfolio":
        return get("/api/spending/export?list=variance");
      case "readThreshold":
        return get("/api/fund-spending-threshold");
      case "setThreshold":
        await test.database.db.update(fundSpendingSettings).set({ version: 1 });
        return test.app.inject({
          method: "PUT",
          url: "/api/fund-spending-threshold",
          headers,
          payload: { version: 1, thresholdPercent: 25 },
        });
    }
  }

  it.each(ACTIONS)("%s", async (action) => {
    const answers: Record<string, number> = {};
    for (const caller of CALLERS) {
      const response = await attempt(action, caller === "anonymous" ? null : sessions[caller]);
      answers[caller] = response.statusCode;
    }
    expect(answers).toEqual(EXPECTED[action]);
  });

  it("lists the project in the portfolio for whoever may read it, never for a viewer of another region", async () => {
    const listed = async (caller: Exclude<Caller, "anonymous">) =>
      (await test.app.inject({ method: "GET", url: "/api/spending", headers: sessions[caller].headers }))
        .json()
        .byUnspent.map((r: { projectId: string }) => r.projectId);
    await test.database.db
      .update(projects)
      .set({ plannedStart: "2025-01-01", plannedEnd: "2026-01-31" })
      .where(eq(projects.id, projectId));
    expect(await listed("pmElsewhere")).toEqual([projectId]);
    expect(await listed("viewer")).toEqual([projectId]);
    expect(await listed("viewerElsewhere")).toEqual([]);
  });
});

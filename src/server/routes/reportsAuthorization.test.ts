/**
 * Who may do what with reports, as a full matrix of callers × actions with the expected answer
 * written out by hand: 401 for an anonymous caller, 404 where the project is not readable to the
 * caller, 403 where it is readable but the action is not theirs, 200 where it is.
 * Before each attempt the report is put back in the state the action needs (set-up only).
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { reports } from "../db/schema";

const CALLERS = [
  "projectPm",
  "alternatePm",
  "anotherPm",
  "reviewerOfRegion",
  "reviewerElsewhere",
  "fundManager",
  "viewer",
  "viewerElsewhere",
  "admin",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = [
  "listProjectReports",
  "readReport",
  "saveContent",
  "submit",
  "accept",
  "return",
  "editReportingRules",
] as const;
type Action = (typeof ACTIONS)[number];

/** Rows: actions; columns in CALLERS order. */
const EXPECTED: Record<Action, Record<Caller, number>> = {
  listProjectReports: {
    projectPm: 200,
    alternatePm: 200,
    anotherPm: 200,
    reviewerOfRegion: 200,
    reviewerElsewhere: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 404,
    admin: 200,
    anonymous: 401,
  },
  readReport: {
    projectPm: 200,
    alternatePm: 200,
    anotherPm: 200,
    reviewerOfRegion: 200,
    reviewerElsewhere: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 404,
    admin: 200,
    anonymous: 401,
  },
  saveContent: {
    projectPm: 200,
    alternatePm: 200,
    anotherPm: 403,
    reviewerOfRegion: 403,
    reviewerElsewhere: 403,
    fundManager: 403,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  submit: {
    projectPm: 200,
    alternatePm: 200,
    anotherPm: 403,
    reviewerOfRegion: 403,
    reviewerElsewhere: 403,
    fundManager: 403,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  accept: {
    projectPm: 403,
    alternatePm: 403,
    anotherPm: 403,
    reviewerOfRegion: 403,
    reviewerElsewhere: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  return: {
    projectPm: 403,
    alternatePm: 403,
    anotherPm: 403,
    reviewerOfRegion: 403,
    reviewerElsewhere: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  editReportingRules: {
    projectPm: 403,
    alternatePm: 403,
    anotherPm: 403,
    reviewerOfRegion: 403,
    reviewerElsewhere: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 403,
    admin: 403,
    anonymous: 401,
  },
};

describe.each(databaseKinds())("who may do what with reports on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;
  let projectId: string;
  let reportId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const alternate = await buildUser(db, "pm");
    sessions = {
      projectPm: await signIn(test, await buildUser(db, "pm")),
      alternatePm: await signIn(test, alternate),
      anotherPm: await signIn(test, await buildUser(db, "pm")),
      reviewerOfRegion: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      reviewerElsewhere: await signIn(test, await buildUser(db, "reviewer", "EEA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    const project = await createProjectAs(test, sessions.projectPm, { altPmId: alternate.id });
    projectId = project.id;
    await setStatus(db, projectId, "endorsed");
    const approved = await fire(test, sessions.fundManager, projectId, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const [first] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.projectId, projectId), eq(reports.kind, "narrative"), eq(reports.sequence, 1)));
    reportId = (first as { id: string }).id;
    // After the first period (the project has no indicators, so any narrative report is complete).
    test.clock.now = new Date("2027-03-01T09:00:00Z");
    for (const [who, session] of Object.entries(sessions)) {
      sessions[who as keyof typeof sessions] = await signIn(test, session.user);
    }
  });
  afterAll(() => test.close());

  /** Puts the report in the state the action needs, at version 1. */
  async function prepare(action: Action) {
    const status = action === "accept" || action === "return" ? "submitted" : "pending";
    await test.database.db.update(reports).set({ status, version: 1 }).where(eq(reports.id, reportId));
  }

  async function attempt(action: Action, session: Session | null) {
    const headers = session?.headers ?? {};
    switch (action) {
      case "listProjectReports":
        return test.app.inject({ method: "GET", url: `/api/projects/${projectId}/reports`, headers });
      case "readReport":
        return test.app.inject({ method: "GET", url: `/api/reports/${reportId}`, headers });
      case "saveContent":
        return test.app.inject({
          method: "PUT",
          url: `/api/reports/${reportId}`,
          headers,
          payload: { version: 1, challenges: "Delays in recruitment" },
        });
      case "submit":
      case "accept":
      case "return":
        return test.app.inject({
          method: "POST",
          url: `/api/reports/${reportId}/decisions`,
          headers,
          payload: { action, version: 1, comment: "Checked" },
        });
      case "editReportingRules": {
        const rules = await test.app.inject({
          method: "GET",
          url: "/api/reporting-rules",
          headers: sessions.fundManager.headers,
        });
        const {
          fundLine: _f,
          updatedAt: _a,
          updatedBy: _b,
          ...l2
        } = rules.json().items.find((r: { fundLine: string }) => r.fundLine === "L2");
        return test.app.inject({ method: "PUT", url: "/api/reporting-rules/L2", headers, payload: l2 });
      }
    }
  }

  it.each(ACTIONS)("%s", async (action) => {
    const answers: Record<string, number> = {};
    for (const caller of CALLERS) {
      await prepare(action);
      const response = await attempt(action, caller === "anonymous" ? null : sessions[caller]);
      answers[caller] = response.statusCode;
    }
    expect(answers).toEqual(EXPECTED[action]);
  });

  it("nobody may write to a closed project's reports, and the list says who may", async () => {
    const list = async (who: keyof typeof sessions) =>
      (
        await test.app.inject({
          method: "GET",
          url: `/api/projects/${projectId}/reports`,
          headers: sessions[who].headers,
        })
      ).json().can;
    expect(await list("projectPm")).toEqual({ write: true, decide: false });
    expect(await list("fundManager")).toEqual({ write: false, decide: true });
    expect(await list("viewer")).toEqual({ write: false, decide: false });
    await setStatus(test.database.db, projectId, "closed");
    await prepare("saveContent");
    expect((await attempt("saveContent", sessions.projectPm)).statusCode).toBe(403);
    await prepare("accept");
    expect((await attempt("accept", sessions.fundManager)).statusCode).toBe(403);
    expect(await list("projectPm")).toEqual({ write: false, decide: false });
    expect((await attempt("readReport", sessions.viewer)).statusCode).toBe(200);
  });
});

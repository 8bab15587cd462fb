/**
 * Who may read, request and decide budget revisions, as a matrix of callers × actions with the
 * expected answer written out by hand: the project's PM and alternate ask, the fund manager
 * decides, everyone who reads the project reads its revisions; a viewer of another region does
 * not see the project at all (404). Every attempt starts from a fresh approved project, so one
 * caller's success does not change the next caller's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const CALLERS = [
  "pm",
  "alternate",
  "otherPm",
  "reviewer",
  "reviewerElsewhere",
  "fundManager",
  "viewer",
  "viewerElsewhere",
  "admin",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = ["listRevisions", "requestRevision", "decideRevision"] as const;
type Action = (typeof ACTIONS)[number];

const EXPECTED: Record<Action, Record<Caller, number>> = {
  listRevisions: {
    pm: 200,
    alternate: 200,
    otherPm: 200,
    reviewer: 200,
    reviewerElsewhere: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 404,
    admin: 200,
    anonymous: 401,
  },
  requestRevision: {
    pm: 201,
    alternate: 201,
    otherPm: 403,
    reviewer: 403,
    reviewerElsewhere: 403,
    fundManager: 403,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  decideRevision: {
    pm: 403,
    alternate: 403,
    otherPm: 403,
    reviewer: 403,
    reviewerElsewhere: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
};

const REQUEST = {
  newTotal: "160000",
  areaShares: [
    { code: "LHD", percent: 60 },
    { code: "MPR", percent: 40 },
  ],
  activityShares: [
    { code: "RES", percent: 25 },
    { code: "TRN", percent: 75 },
  ],
  justification: "Two more districts joined the training programme this year.",
};

describe.each(databaseKinds())("who may read, request and decide budget revisions on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions = {
      pm: await signIn(test, await buildUser(db, "pm")),
      alternate: await signIn(test, await buildUser(db, "pm")),
      otherPm: await signIn(test, await buildUser(db, "pm")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      reviewerElsewhere: await signIn(test, await buildUser(db, "reviewer", "EEA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
  });
  afterAll(() => test.close());

  /** A project in Ghana (WCA), approved for USD 150,000, with an open revision when asked. */
  async function approvedProject(withRequest: boolean): Promise<{ id: string; revisionId: string | null }> {
    const project = await createProjectAs(test, sessions.pm, { altPmId: sessions.alternate.user.id });
    await setStatus(test.database.db, project.id, "endorsed");
    const approved = await fire(test, sessions.fundManager, project.id, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    if (!withRequest) return { id: project.id, revisionId: null };
    const asked = await test.app.inject({
      method: "POST",
      url: `/api/projects/${project.id}/revisions`,
      headers: sessions.pm.headers,
      payload: REQUEST,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    return { id: project.id, revisionId: asked.json().id };
  }

  async function attempt(action: Action, session: Session | null) {
    const headers = session?.headers ?? {};
    const { id, revisionId } = await approvedProject(action !== "requestRevision");
    switch (action) {
      case "listRevisions":
        return test.app.inject({ method: "GET", url: `/api/projects/${id}/revisions`, headers });
      case "requestRevision":
        return test.app.inject({
          method: "POST",
          url: `/api/projects/${id}/revisions`,
          headers,
          payload: REQUEST,
        });
      case "decideRevision":
        return test.app.inject({
          method: "POST",
          url: `/api/revisions/${revisionId}/decision`,
          headers,
          payload: { decision: "approve", version: 1 },
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
});

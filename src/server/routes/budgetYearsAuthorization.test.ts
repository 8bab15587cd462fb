/**
 * Who may set a project's budget by year: exactly those who may edit the proposal (its PM and
 * alternate, while it is a draft). Callers × project states, with the expected answer written out
 * by hand; after every refused attempt the split is as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createProjectAs,
  projectInput,
  type Session,
  setStatus,
  signIn,
} from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const CALLERS = [
  "pm",
  "alternate",
  "otherPm",
  "reviewer",
  "fundManager",
  "viewer",
  "admin",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];
const STATES = ["draft", "submitted", "approved"] as const;
type State = (typeof STATES)[number];

const EXPECTED: Record<State, Record<Caller, number>> = {
  draft: {
    pm: 200,
    alternate: 200,
    otherPm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 403,
    anonymous: 401,
  },
  submitted: {
    pm: 403,
    alternate: 403,
    otherPm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 403,
    anonymous: 401,
  },
  approved: {
    pm: 403,
    alternate: 403,
    otherPm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 403,
    anonymous: 401,
  },
};

const PLANNED = ["100000.00", "80000.00"];
const ATTEMPT = ["20000.00", "160000.00"];

describe.each(databaseKinds())("who may set the budget by year on %s", (kind) => {
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
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
  });
  afterAll(() => test.close());

  for (const state of STATES) {
    for (const caller of CALLERS) {
      it(`${caller} on a ${state} project gets ${EXPECTED[state][caller]}`, async () => {
        const project = await createProjectAs(test, sessions.pm, {
          altPmId: sessions.alternate.user.id,
          budgetYears: PLANNED,
        });
        await setStatus(test.database.db, project.id, state);
        const response = await test.app.inject({
          method: "PUT",
          url: `/api/projects/${project.id}`,
          headers: caller === "anonymous" ? {} : sessions[caller].headers,
          payload: {
            ...projectInput({ altPmId: sessions.alternate.user.id }),
            budgetYears: ATTEMPT,
            version: 1,
          },
        });
        expect(response.statusCode, response.body).toBe(EXPECTED[state][caller]);
        const after = await test.app.inject({
          method: "GET",
          url: `/api/projects/${project.id}`,
          headers: sessions.pm.headers,
        });
        const requested = after.json().budgetYears.map((y: { requested: string }) => y.requested);
        expect(requested).toEqual(response.statusCode === 200 ? ATTEMPT : PLANNED);
      });
    }
  }
});

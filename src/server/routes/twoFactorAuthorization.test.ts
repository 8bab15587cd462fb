/**
 * Who may do what with two-factor sign-in, as a full matrix of callers × routes with the expected
 * answer written out by hand: 401 anonymous; 403 where the route is not the caller's; 400 where it
 * is, but the (deliberately wrong) code or password is refused; 200/204 where it goes through.
 * A person's own two-factor is managed signed in, never with an API token (a leaked token must
 * not be able to turn it off); the administrator's routes follow the administrator's rights.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const CALLERS = ["pm", "reviewer", "fundManager", "viewer", "admin", "adminToken", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = {
  status: { method: "GET", url: "/api/me/two-factor" },
  setup: { method: "POST", url: "/api/me/two-factor/setup" },
  confirm: { method: "POST", url: "/api/me/two-factor/confirm", payload: { code: "000000" } },
  newRecoveryCodes: { method: "POST", url: "/api/me/two-factor/recovery-codes", payload: { code: "000000" } },
  turnOff: {
    method: "POST",
    url: "/api/me/two-factor/disable",
    payload: { password: "not the password", code: "000000" },
  },
  readRequirement: { method: "GET", url: "/api/admin/two-factor" },
  setRequirement: { method: "PUT", url: "/api/admin/two-factor", payload: { required: false } },
  resetPerson: { method: "DELETE", url: "/api/users/{person}/two-factor" },
} as const;
type Action = keyof typeof ACTIONS;

const EXPECTED: Record<Action, Record<Caller, number>> = {
  status: {
    pm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    admin: 200,
    adminToken: 403,
    anonymous: 401,
  },
  setup: {
    pm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    admin: 200,
    adminToken: 403,
    anonymous: 401,
  },
  confirm: {
    pm: 400,
    reviewer: 400,
    fundManager: 400,
    viewer: 400,
    admin: 400,
    adminToken: 403,
    anonymous: 401,
  },
  newRecoveryCodes: {
    pm: 400,
    reviewer: 400,
    fundManager: 400,
    viewer: 400,
    admin: 400,
    adminToken: 403,
    anonymous: 401,
  },
  turnOff: {
    pm: 400,
    reviewer: 400,
    fundManager: 400,
    viewer: 400,
    admin: 400,
    adminToken: 403,
    anonymous: 401,
  },
  readRequirement: {
    pm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 200,
    adminToken: 200,
    anonymous: 401,
  },
  setRequirement: {
    pm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 200,
    adminToken: 200,
    anonymous: 401,
  },
  resetPerson: {
    pm: 403,
    reviewer: 403,
    fundManager: 403,
    viewer: 403,
    admin: 204,
    adminToken: 204,
    anonymous: 401,
  },
};

describe.each(databaseKinds())("two-factor authorization matrix on %s", (kind) => {
  let test: TestApp;
  const headers = {} as Record<Caller, Record<string, string>>;
  let personId = "";

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const sessions: Partial<Record<Caller, Session>> = {
      pm: await signIn(test, await buildUser(db, "pm")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    for (const [caller, session] of Object.entries(sessions)) headers[caller as Caller] = session.headers;
    const made = await test.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: headers.admin,
      payload: { name: "Matrix", scope: "write", days: null },
    });
    headers.adminToken = { authorization: `Bearer ${made.json().token}` };
    headers.anonymous = {};
    personId = (await buildUser(db, "fund_manager")).id;
  });
  afterAll(() => test?.close());

  const cases = Object.keys(ACTIONS).flatMap((action) =>
    CALLERS.map((caller) => [action as Action, caller] as const),
  );
  it.each(cases)("%s by %s", async (action, caller) => {
    const { method, url, ...rest } = ACTIONS[action];
    const response = await test.app.inject({
      method,
      url: url.replace("{person}", personId),
      headers: headers[caller],
      ...("payload" in rest ? { payload: rest.payload } : {}),
    });
    expect(response.statusCode, response.body).toBe(EXPECTED[action][caller]);
  });
});

/**
 * Who may read and change notice preferences, as a matrix of callers × actions with the expected
 * answer written out by hand: everyone signed in has their own (and only their own: the routes
 * take no person), anonymous callers get 401, a read-only API token may read but not change them.
 * Before each attempt the caller's choices are put back to version 0 (set-up only).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { noticePreferences } from "../db/schema";

const CALLERS = [
  "pm",
  "reviewer",
  "fundManager",
  "viewer",
  "admin",
  "readOnlyToken",
  "readWriteToken",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = ["readMyNotices", "chooseMyNotices"] as const;
type Action = (typeof ACTIONS)[number];

const EXPECTED: Record<Action, Record<Caller, number>> = {
  readMyNotices: {
    pm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    admin: 200,
    readOnlyToken: 200,
    readWriteToken: 200,
    anonymous: 401,
  },
  chooseMyNotices: {
    pm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    admin: 200,
    readOnlyToken: 403,
    readWriteToken: 200,
    anonymous: 401,
  },
};

const CHOICES = {
  workflow: "digest",
  comments: "app",
  reports: "app",
  reminders: "email",
  extensions: "email",
};

describe.each(databaseKinds())("who may read and choose notice preferences on %s", (kind) => {
  let test: TestApp;
  let headers: Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const sessions: Record<string, Session> = {
      pm: await signIn(test, await buildUser(db, "pm")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    const owner = await signIn(test, await buildUser(db, "pm"));
    const token = async (scope: "read" | "write") => {
      const made = await test.app.inject({
        method: "POST",
        url: "/api/me/tokens",
        headers: owner.headers,
        payload: { name: `Integration ${scope}`, scope, days: 30 },
      });
      expect(made.statusCode, made.body).toBe(201);
      return { authorization: `Bearer ${made.json().token}` };
    };
    headers = {
      pm: sessions.pm?.headers ?? {},
      reviewer: sessions.reviewer?.headers ?? {},
      fundManager: sessions.fundManager?.headers ?? {},
      viewer: sessions.viewer?.headers ?? {},
      admin: sessions.admin?.headers ?? {},
      readOnlyToken: await token("read"),
      readWriteToken: await token("write"),
      anonymous: {},
    };
  });
  afterAll(() => test.close());

  function attempt(action: Action, caller: Caller) {
    return action === "readMyNotices"
      ? test.app.inject({ method: "GET", url: "/api/me/notices", headers: headers[caller] })
      : test.app.inject({
          method: "PUT",
          url: "/api/me/notices",
          headers: headers[caller],
          payload: { version: 0, choices: CHOICES },
        });
  }

  for (const action of ACTIONS) {
    for (const caller of CALLERS) {
      it(`${caller} → ${action}: ${EXPECTED[action][caller]}`, async () => {
        // Each attempt starts from nobody having chosen (version 0).
        await test.database.db.delete(noticePreferences);
        const response = await attempt(action, caller);
        expect(response.statusCode, response.body).toBe(EXPECTED[action][caller]);
        if (response.statusCode >= 400)
          expect(await test.database.db.select().from(noticePreferences)).toEqual([]);
      });
    }
  }

  it("a person's choice is theirs alone: saving it leaves everyone else on the defaults", async () => {
    await test.database.db.delete(noticePreferences);
    expect((await attempt("chooseMyNotices", "reviewer")).statusCode).toBe(200);
    const rows = await test.database.db.select().from(noticePreferences);
    expect(rows).toHaveLength(1);
    const pmView = await attempt("readMyNotices", "pm");
    expect(pmView.json().version).toBe(0);
    expect(
      await test.database.db.select().from(noticePreferences).where(eq(noticePreferences.workflow, "digest")),
    ).toHaveLength(1);
  });
});

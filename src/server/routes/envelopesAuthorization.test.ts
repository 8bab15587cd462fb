/**
 * Who may read and set the envelopes, as a matrix of callers × actions with the expected answer
 * written out by hand. Reading follows the Fund rules page (every signed-in person); only the
 * fund manager sets an envelope. The envelope is put back to version 1 before each attempt.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { fundEnvelopes } from "../db/schema";

const CALLERS = ["pm", "reviewer", "fundManager", "viewer", "viewerElsewhere", "admin", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = ["listEnvelopes", "setEnvelope"] as const;
type Action = (typeof ACTIONS)[number];

const EXPECTED: Record<Action, Record<Caller, number>> = {
  listEnvelopes: {
    pm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 200,
    admin: 200,
    anonymous: 401,
  },
  setEnvelope: {
    pm: 403,
    reviewer: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 403,
    admin: 403,
    anonymous: 401,
  },
};

describe.each(databaseKinds())("who may read and set the envelopes on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions = {
      pm: await signIn(test, await buildUser(db, "pm")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    const first = await test.app.inject({
      method: "PUT",
      url: "/api/fund-envelopes/2026/L1",
      headers: sessions.fundManager.headers,
      payload: { version: 0, allocated: "1000000" },
    });
    expect(first.statusCode, first.body).toBe(200);
  });
  afterAll(() => test.close());

  async function attempt(action: Action, session: Session | null) {
    const headers = session?.headers ?? {};
    if (action === "listEnvelopes")
      return test.app.inject({ method: "GET", url: "/api/fund-envelopes", headers });
    await test.database.db
      .update(fundEnvelopes)
      .set({ version: 1 })
      .where(eq(fundEnvelopes.fundingYear, 2026));
    return test.app.inject({
      method: "PUT",
      url: "/api/fund-envelopes/2026/L1",
      headers,
      payload: { version: 1, allocated: "2000000" },
    });
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

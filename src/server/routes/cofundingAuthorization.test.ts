/**
 * Who may read and change co-funding, as a matrix of callers × actions with the expected answer
 * written out by hand. Everyone who reads the project reads its sources; its PM, its alternate and
 * the fund manager change them; only the fund manager sets or imports rates. The source and the
 * rate are put back to version 1 before each attempt.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { currencyRates, projectFundingSources } from "../db/schema";

const CALLERS = [
  "pm",
  "altPm",
  "otherPm",
  "reviewer",
  "fundManager",
  "viewer",
  "viewerElsewhere",
  "admin",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = [
  "listSources",
  "addSource",
  "changeSource",
  "listRates",
  "rateHistory",
  "setRate",
  "importRates",
  "listDonors",
] as const;
type Action = (typeof ACTIONS)[number];

const EXPECTED: Record<Action, Record<Caller, number>> = {
  listSources: {
    pm: 200,
    altPm: 200,
    otherPm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 404,
    admin: 200,
    anonymous: 401,
  },
  addSource: {
    pm: 201,
    altPm: 201,
    otherPm: 403,
    reviewer: 403,
    fundManager: 201,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  changeSource: {
    pm: 200,
    altPm: 200,
    otherPm: 403,
    reviewer: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 404,
    admin: 403,
    anonymous: 401,
  },
  listRates: {
    pm: 200,
    altPm: 200,
    otherPm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 200,
    admin: 200,
    anonymous: 401,
  },
  rateHistory: {
    pm: 200,
    altPm: 200,
    otherPm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 200,
    admin: 200,
    anonymous: 401,
  },
  setRate: {
    pm: 403,
    altPm: 403,
    otherPm: 403,
    reviewer: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 403,
    admin: 403,
    anonymous: 401,
  },
  importRates: {
    pm: 403,
    altPm: 403,
    otherPm: 403,
    reviewer: 403,
    fundManager: 200,
    viewer: 403,
    viewerElsewhere: 403,
    admin: 403,
    anonymous: 401,
  },
  listDonors: {
    pm: 200,
    altPm: 200,
    otherPm: 200,
    reviewer: 200,
    fundManager: 200,
    viewer: 200,
    viewerElsewhere: 200,
    admin: 200,
    anonymous: 401,
  },
};

const SOURCE = {
  organisationName: "European Union",
  organisationType: "40",
  organisationRef: null,
  amount: "1000.00",
  currency: "EUR",
  status: "pledged",
  date: "2026-03-01",
};

describe.each(databaseKinds())("who may read and change co-funding on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;
  let projectId: string;
  let sourceId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions = {
      pm: await signIn(test, await buildUser(db, "pm")),
      altPm: await signIn(test, await buildUser(db, "pm")),
      otherPm: await signIn(test, await buildUser(db, "pm")),
      reviewer: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    // A Ghana (WCA) draft with its alternate named.
    projectId = (await createProjectAs(test, sessions.pm, { altPmId: sessions.altPm.user.id })).id;
    const first = await test.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/funding-sources`,
      headers: sessions.pm.headers,
      payload: SOURCE,
    });
    expect(first.statusCode, first.body).toBe(201);
    sourceId = first.json().id;
    const rate = await test.app.inject({
      method: "PUT",
      url: "/api/currency-rates/EUR/2026-03",
      headers: sessions.fundManager.headers,
      payload: { version: 0, rate: "1.1" },
    });
    expect(rate.statusCode, rate.body).toBe(200);
  });
  afterAll(() => test.close());

  async function attempt(action: Action, session: Session | null) {
    const headers = session?.headers ?? {};
    const sources = `/api/projects/${projectId}/funding-sources`;
    await test.database.db
      .update(projectFundingSources)
      .set({ version: 1 })
      .where(eq(projectFundingSources.id, sourceId));
    await test.database.db.update(currencyRates).set({ version: 1 }).where(eq(currencyRates.currency, "EUR"));
    switch (action) {
      case "listSources":
        return test.app.inject({ method: "GET", url: sources, headers });
      case "addSource":
        return test.app.inject({ method: "POST", url: sources, headers, payload: SOURCE });
      case "changeSource":
        return test.app.inject({
          method: "PUT",
          url: `${sources}/${sourceId}`,
          headers,
          payload: { ...SOURCE, version: 1 },
        });
      case "listRates":
        return test.app.inject({ method: "GET", url: "/api/currency-rates", headers });
      case "rateHistory":
        return test.app.inject({ method: "GET", url: "/api/currency-rates/EUR/2026-03/history", headers });
      case "setRate":
        return test.app.inject({
          method: "PUT",
          url: "/api/currency-rates/EUR/2026-03",
          headers,
          payload: { version: 1, rate: "1.2" },
        });
      case "importRates":
        return test.app.inject({
          method: "POST",
          url: "/api/currency-rates/import",
          headers,
          payload: { csv: "currency,month,rate\nJPY,2026-03,0.0067\n", dryRun: true },
        });
      case "listDonors":
        return test.app.inject({ method: "GET", url: "/api/cofunding/donors", headers });
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

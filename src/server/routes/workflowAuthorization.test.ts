/**
 * The workflow's read routes against every kind of caller: anonymous callers are turned away,
 * a viewer limited to another region does not learn the project exists, staff read.
 * (Transitions: transitions.test.ts; documents: documents.test.ts; fund rules: workflow.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const PROJECT_READS = ["comments", "changes", "history", "durations", "documents"] as const;
const PERSONAL_READS = [
  "/api/inbox",
  "/api/inbox/counts",
  "/api/notifications",
  "/api/fund-rules",
  "/api/stats/turnaround",
];

describe.each(databaseKinds())("workflow read routes on %s", (kind) => {
  let test: TestApp;
  let callers: Record<string, Session>;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    callers = {
      owner: await signIn(test, await buildUser(db, "pm")),
      otherPm: await signIn(test, await buildUser(db, "pm")),
      reviewerOfRegion: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      reviewerElsewhere: await signIn(test, await buildUser(db, "reviewer", "EEA")),
      fund: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    projectId = (await createProjectAs(test, callers.owner as Session)).id;
  });
  afterAll(() => test.close());

  it.each(PROJECT_READS)("GET /api/projects/:id/%s", async (part) => {
    const url = `/api/projects/${projectId}/${part}`;
    expect((await test.app.inject({ method: "GET", url })).statusCode).toBe(401);
    for (const [who, session] of Object.entries(callers)) {
      const response = await test.app.inject({ method: "GET", url, headers: session.headers });
      expect(response.statusCode, who).toBe(who === "viewerElsewhere" ? 404 : 200);
    }
  });

  it.each(PERSONAL_READS)("GET %s", async (url) => {
    expect((await test.app.inject({ method: "GET", url })).statusCode).toBe(401);
    for (const [who, session] of Object.entries(callers)) {
      const response = await test.app.inject({ method: "GET", url, headers: session.headers });
      expect(response.statusCode, who).toBe(200);
    }
  });

  it("comments: the project's participants may write, others may not", async () => {
    const url = `/api/projects/${projectId}/comments`;
    const expected: Record<string, number> = {
      owner: 201,
      otherPm: 403,
      reviewerOfRegion: 201,
      reviewerElsewhere: 403,
      fund: 201,
      viewer: 403,
      viewerElsewhere: 404,
      admin: 403,
    };
    for (const [who, session] of Object.entries(callers)) {
      const response = await test.app.inject({
        method: "POST",
        url,
        headers: session.headers,
        payload: { section: "general", body: `From ${who}` },
      });
      expect(response.statusCode, who).toBe(expected[who]);
    }
    const listed = (await test.app.inject({ method: "GET", url, headers: callers.viewer?.headers })).json()
      .items;
    expect(listed.map((c: { body: string }) => c.body)).toEqual([
      "From owner",
      "From reviewerOfRegion",
      "From fund",
    ]);
  });

  it("notifications are one's own: marking read touches nobody else's", async () => {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: callers.viewer?.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(204);
    const noCsrf = await test.app.inject({
      method: "POST",
      url: "/api/notifications/read",
      headers: { cookie: callers.viewer?.headers.cookie ?? "" },
      payload: {},
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});

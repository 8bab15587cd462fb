/**
 * Who may download a project's proposal as a Word document: exactly those who may read the
 * project. The expected answers are written out by hand (401 anonymous, 404 where the project is
 * not readable, 200 where it is) and each is also checked against the project's own read route.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const EXPECTED = {
  owner: 200,
  anotherPm: 200,
  reviewerOfRegion: 200,
  reviewerElsewhere: 200,
  fundManager: 200,
  viewer: 200,
  viewerElsewhere: 404,
  admin: 200,
  anonymous: 401,
} as const;
type Caller = keyof typeof EXPECTED;

describe.each(databaseKinds())("who may download a proposal on %s", (kind) => {
  let test: TestApp;
  let sessions: Record<Exclude<Caller, "anonymous">, Session>;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions = {
      owner: await signIn(test, await buildUser(db, "pm")),
      anotherPm: await signIn(test, await buildUser(db, "pm")),
      reviewerOfRegion: await signIn(test, await buildUser(db, "reviewer", "WCA")),
      reviewerElsewhere: await signIn(test, await buildUser(db, "reviewer", "EEA")),
      fundManager: await signIn(test, await buildUser(db, "fund_manager")),
      viewer: await signIn(test, await buildUser(db, "viewer")),
      viewerElsewhere: await signIn(test, await buildUser(db, "viewer", "EEA")),
      admin: await signIn(test, await buildUser(db, "admin")),
    };
    projectId = (await createProjectAs(test, sessions.owner)).id;
  });
  afterAll(() => test?.close());

  it.each(Object.keys(EXPECTED) as Caller[])("%s", async (caller) => {
    const headers = caller === "anonymous" ? {} : sessions[caller].headers;
    const proposal = await test.app.inject({ url: `/api/projects/${projectId}/proposal.docx`, headers });
    const project = await test.app.inject({ url: `/api/projects/${projectId}`, headers });
    expect(proposal.statusCode, proposal.body.slice(0, 200)).toBe(EXPECTED[caller]);
    expect(proposal.statusCode).toBe(project.statusCode);
    if (proposal.statusCode === 200) {
      // A .docx is a zip archive.
      expect(proposal.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
    } else {
      expect(proposal.headers["content-type"]).toMatch(/^application\/json/);
      expect(proposal.json()).toHaveProperty("error");
    }
  });

  it("answers 404 for a project that does not exist, and 400 for an id that cannot be one", async () => {
    const { headers } = sessions.fundManager;
    const missing = await test.app.inject({
      url: "/api/projects/00000000-0000-4000-8000-000000000000/proposal.docx",
      headers,
    });
    expect(missing.statusCode).toBe(404);
    const malformed = await test.app.inject({ url: "/api/projects/nope/proposal.docx", headers });
    expect(malformed.statusCode).toBe(400);
  });
});

/**
 * The authorization matrix over HTTP: every role (and an anonymous caller) against every route,
 * so that a route that forgets its policy check fails here.
 */
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, projectInput, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

type Who =
  | "anonymous"
  | "owner"
  | "otherPm"
  | "reviewerOfRegion"
  | "reviewerElsewhere"
  | "fund"
  | "viewer"
  | "viewerElsewhere"
  | "admin";
type Call =
  | "list"
  | "read"
  | "create"
  | "updateDraft"
  | "reference"
  | "managers"
  | "users"
  | "addUser"
  | "revokeSessions"
  | "changeUser"
  | "mySessions"
  | "inviteUser"
  | "myTokens"
  | "allTokens";

/** Expected status per caller and call; the project is a WCA draft owned by "owner". */
const EXPECTED: Record<Who, Record<Call, number>> = {
  anonymous: {
    list: 401,
    read: 401,
    create: 401,
    updateDraft: 401,
    reference: 401,
    managers: 401,
    users: 401,
    addUser: 401,
    revokeSessions: 401,
    changeUser: 401,
    mySessions: 401,
    inviteUser: 401,
    myTokens: 401,
    allTokens: 401,
  },
  owner: {
    list: 200,
    read: 200,
    create: 201,
    updateDraft: 200,
    reference: 200,
    managers: 200,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  otherPm: {
    list: 200,
    read: 200,
    create: 201,
    updateDraft: 403,
    reference: 200,
    managers: 200,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  reviewerOfRegion: {
    list: 200,
    read: 200,
    create: 403,
    updateDraft: 403,
    reference: 200,
    managers: 200,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  reviewerElsewhere: {
    list: 200,
    read: 200,
    create: 403,
    updateDraft: 403,
    reference: 200,
    managers: 200,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  fund: {
    list: 200,
    read: 200,
    create: 403,
    updateDraft: 403,
    reference: 200,
    managers: 200,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  viewer: {
    list: 200,
    read: 200,
    create: 403,
    updateDraft: 403,
    reference: 200,
    managers: 403,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  viewerElsewhere: {
    list: 200,
    read: 404,
    create: 403,
    updateDraft: 404,
    reference: 200,
    managers: 403,
    users: 403,
    addUser: 403,
    revokeSessions: 403,
    changeUser: 403,
    mySessions: 200,
    inviteUser: 403,
    myTokens: 200,
    allTokens: 403,
  },
  admin: {
    list: 200,
    read: 200,
    create: 403,
    updateDraft: 403,
    reference: 200,
    managers: 200,
    users: 200,
    addUser: 201,
    revokeSessions: 204,
    changeUser: 200,
    mySessions: 200,
    inviteUser: 201,
    myTokens: 200,
    allTokens: 200,
  },
};

describe.each(databaseKinds())("authorization matrix on %s", (kind) => {
  let test: TestApp;
  const sessions = {} as Record<Exclude<Who, "anonymous">, Session>;
  let ownerProject: { id: string; version: number };
  /** The person whose sessions the administrator ends. */
  let victim: Session;
  /** The person the administrator renames. */
  let subject: { id: string };

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions.owner = await signIn(test, await buildUser(db, "pm"));
    sessions.otherPm = await signIn(test, await buildUser(db, "pm"));
    sessions.reviewerOfRegion = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    sessions.reviewerElsewhere = await signIn(test, await buildUser(db, "reviewer", "EHA"));
    sessions.fund = await signIn(test, await buildUser(db, "fund_manager"));
    sessions.viewer = await signIn(test, await buildUser(db, "viewer"));
    sessions.viewerElsewhere = await signIn(test, await buildUser(db, "viewer", "EHA"));
    sessions.admin = await signIn(test, await buildUser(db, "admin"));
    victim = await signIn(test, await buildUser(db, "pm"));
    subject = await buildUser(db, "pm");
    ownerProject = await createProjectAs(test, sessions.owner);
  });
  afterAll(() => test.close());

  async function call(who: Who, what: Call): Promise<number> {
    const headers = who === "anonymous" ? {} : sessions[who].headers;
    const project = `/api/projects/${ownerProject.id}`;
    const requests = {
      list: { method: "GET", url: "/api/projects" },
      read: { method: "GET", url: project },
      create: { method: "POST", url: "/api/projects", payload: projectInput() },
      updateDraft: {
        method: "PUT",
        url: project,
        payload: { ...projectInput({ summary: `edited by ${who}` }), version: ownerProject.version },
      },
      reference: { method: "GET", url: "/api/reference" },
      managers: { method: "GET", url: "/api/users/managers" },
      users: { method: "GET", url: "/api/users" },
      addUser: {
        method: "POST",
        url: "/api/users",
        payload: {
          email: `new.${who}@example.org`,
          name: "New person",
          role: "viewer",
          region: null,
          password: "a long password",
        },
      },
      revokeSessions: { method: "DELETE", url: `/api/users/${victim.user.id}/sessions` },
      mySessions: { method: "GET", url: "/api/me/sessions" },
      myTokens: { method: "GET", url: "/api/me/tokens" },
      allTokens: { method: "GET", url: "/api/admin/tokens" },
      inviteUser: {
        method: "POST",
        url: "/api/users/invite",
        payload: { email: `invited.${who}@example.org`, name: "Invited", role: "viewer", region: null },
      },
      changeUser: {
        method: "PATCH",
        url: `/api/users/${subject.id}`,
        payload: { version: 1, name: `Renamed by ${who}`, role: "pm", region: null, active: true },
      },
    } as const;
    const response = await test.app.inject({ ...requests[what], headers } as InjectOptions);
    if (what === "updateDraft" && response.statusCode === 200) ownerProject = response.json();
    return response.statusCode;
  }

  const rows = Object.entries(EXPECTED).flatMap(([who, calls]) =>
    Object.entries(calls).map(([what, status]) => [who as Who, what as Call, status] as const),
  );
  it.each(rows)("%s → %s answers %i", async (who, what, status) => {
    expect(await call(who, what)).toBe(status);
  });

  it("once the administrator has ended them, the person's sessions no longer work", async () => {
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: victim.headers });
    expect(me.statusCode).toBe(401);
  });

  it("a viewer of another region does not learn of the project through a follow-up link", async () => {
    const followUp = await createProjectAs(test, sessions.owner, {
      countries: ["KEN"],
      followUpOfId: ownerProject.id,
    });
    const url = `/api/projects/${followUp.id}`;
    const asViewer = await test.app.inject({ method: "GET", url, headers: sessions.viewerElsewhere.headers });
    expect(asViewer.json().followUpOf).toBeNull();
    const asOwner = await test.app.inject({ method: "GET", url, headers: sessions.owner.headers });
    expect(asOwner.json().followUpOf).toMatchObject({ id: ownerProject.id });
  });

  it("a viewer of another region does not see the project in the list", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: sessions.viewerElsewhere.headers,
    });
    expect(response.json().items.map((p: { id: string }) => p.id)).not.toContain(ownerProject.id);
  });

  it("the list tells each user what they may do", async () => {
    const asOwner = await test.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: sessions.owner.headers,
    });
    const asOther = await test.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: sessions.otherPm.headers,
    });
    const find = (body: { items: { id: string; can: { update: boolean } }[] }) =>
      body.items.find((p) => p.id === ownerProject.id);
    expect(find(asOwner.json())?.can.update).toBe(true);
    expect(find(asOther.json())?.can.update).toBe(false);
  });
});

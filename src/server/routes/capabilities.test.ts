/**
 * GET /api/me's `can`: for each role, what the web app's pages show (the "New project" button, the
 * inbox, the outbox, the fund rules editor, …), and that every capability it claims is what the
 * API then accepts: a page never offers what the server refuses, nor hides what it allows.
 */
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, projectInput, type Session, signIn, TEST_PASSWORD } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { Capabilities, Capability } from "../../domain/capabilities";
import type { Role } from "../../domain/roles";

const NONE: Capabilities = {
  createProject: false,
  manageProjects: false,
  seeInbox: false,
  reviewProjectsWithoutRegion: false,
  listManagers: false,
  editFundRules: false,
  editReportingRules: false,
  importAppeal: false,
  administerUsers: false,
  seeOutbox: false,
  importProjects: false,
  administerWebhooks: false,
};

/** What each role's pages need. */
const EXPECTED: Record<Role, Capabilities> = {
  pm: { ...NONE, createProject: true, manageProjects: true, seeInbox: true, listManagers: true },
  reviewer: { ...NONE, seeInbox: true, listManagers: true },
  fund_manager: {
    ...NONE,
    seeInbox: true,
    reviewProjectsWithoutRegion: true,
    listManagers: true,
    editFundRules: true,
    editReportingRules: true,
    importAppeal: true,
    importProjects: true,
  },
  viewer: NONE,
  admin: {
    ...NONE,
    listManagers: true,
    importAppeal: true,
    administerUsers: true,
    seeOutbox: true,
    importProjects: true,
    administerWebhooks: true,
  },
};

/**
 * A request only someone with the capability gets past authorization with: 403 without it, and
 * with it another answer (often 400, the deliberately incomplete body). The rest are asked below.
 */
const PROBES: Partial<Record<Capability, InjectOptions>> = {
  createProject: { method: "POST", url: "/api/projects", payload: projectInput() },
  listManagers: { method: "GET", url: "/api/users/managers" },
  editFundRules: { method: "PUT", url: "/api/fund-rules/2026", payload: {} },
  editReportingRules: { method: "PUT", url: "/api/reporting-rules/L2", payload: {} },
  importAppeal: { method: "POST", url: "/api/appeals", payload: {} },
  importProjects: { method: "POST", url: "/api/projects/import", payload: {} },
  administerUsers: { method: "GET", url: "/api/users" },
  seeOutbox: { method: "GET", url: "/api/admin/outbox" },
  administerWebhooks: { method: "GET", url: "/api/admin/webhooks" },
};

const ROLES = Object.keys(EXPECTED) as Role[];

describe.each(databaseKinds())("what /api/me says a user may do, on %s", (kind) => {
  let test: TestApp;
  const sessions = {} as Record<Role, Session>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    for (const role of ROLES) {
      sessions[role] = await signIn(test, await buildUser(db, role, role === "reviewer" ? "WCA" : null));
    }
  });
  afterAll(() => test.close());

  it.each(ROLES)("%s", async (role) => {
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: sessions[role].headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().can).toEqual(EXPECTED[role]);
  });

  it.each(ROLES)("signing in as %s answers the same capabilities", async (role) => {
    const login = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: sessions[role].user.email, password: TEST_PASSWORD },
    });
    expect(login.json().can).toEqual(EXPECTED[role]);
  });

  const probes = ROLES.flatMap((role) =>
    Object.entries(PROBES).map(([capability, request]) => [role, capability as Capability, request] as const),
  );
  it.each(probes)("%s: the API agrees with %s", async (role, capability, request) => {
    const response = await test.app.inject({ ...request, headers: sessions[role].headers } as InjectOptions);
    if (EXPECTED[role][capability]) expect(response.statusCode).not.toBe(403);
    else expect(response.statusCode).toBe(403);
  });

  it.each(ROLES)("%s has an inbox exactly when /api/me says so", async (role) => {
    const inbox = await test.app.inject({
      method: "GET",
      url: "/api/inbox",
      headers: sessions[role].headers,
    });
    expect(inbox.json().queues.length > 0).toBe(EXPECTED[role].seeInbox);
    const toReview = inbox.json().queues.some((q: { queue: string }) => q.queue === "toReview");
    // Reviewers review their region; only the fund reviews the proposals without one.
    expect(toReview && role !== "reviewer").toBe(EXPECTED[role].reviewProjectsWithoutRegion);
  });
});

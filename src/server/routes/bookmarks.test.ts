/**
 * Bookmarks and the portfolio summary, role by role: everyone who may read a project may
 * bookmark it, a project out of one's reach answers 404 as the project itself does, and nobody
 * sees another person's bookmarks. The expected answers are written out by hand.
 */

import { eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { bookmarks, projects } from "../db/schema";

type Who =
  | "anonymous"
  | "pm"
  | "altPm"
  | "reviewerOfRegion"
  | "reviewerElsewhere"
  | "fund"
  | "viewer"
  | "viewerElsewhere"
  | "admin";
type Call = "bookmark" | "bookmarkAgain" | "list" | "unbookmark" | "unbookmarkAgain" | "summary";

/**
 * The project is a WCA draft (Ghana) of "pm", with "altPm" as its alternate. `list` is the
 * number of bookmarks the caller then sees; `summary` the projects the map shows in Ghana.
 */
const EXPECTED: Record<Who, Record<Call, number | [number, number]>> = {
  anonymous: {
    bookmark: 401,
    bookmarkAgain: 401,
    list: 401,
    unbookmark: 401,
    unbookmarkAgain: 401,
    summary: 401,
  },
  pm: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  altPm: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  reviewerOfRegion: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  reviewerElsewhere: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  fund: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  viewer: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
  viewerElsewhere: {
    bookmark: 404,
    bookmarkAgain: 404,
    list: [200, 0],
    unbookmark: 404,
    unbookmarkAgain: 404,
    summary: [200, 0],
  },
  admin: {
    bookmark: 204,
    bookmarkAgain: 204,
    list: [200, 1],
    unbookmark: 204,
    unbookmarkAgain: 204,
    summary: [200, 1],
  },
};
const ORDER: Call[] = ["bookmark", "bookmarkAgain", "list", "unbookmark", "unbookmarkAgain", "summary"];

describe.each(databaseKinds())("bookmarks and the portfolio summary on %s", (kind) => {
  let test: TestApp;
  const sessions = {} as Record<Exclude<Who, "anonymous">, Session>;
  let project: { id: string; code: string };
  let other: { id: string; code: string };

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    sessions.pm = await signIn(test, await buildUser(db, "pm"));
    sessions.altPm = await signIn(test, await buildUser(db, "pm"));
    sessions.reviewerOfRegion = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    sessions.reviewerElsewhere = await signIn(test, await buildUser(db, "reviewer", "EHA"));
    sessions.fund = await signIn(test, await buildUser(db, "fund_manager"));
    sessions.viewer = await signIn(test, await buildUser(db, "viewer"));
    sessions.viewerElsewhere = await signIn(test, await buildUser(db, "viewer", "EHA"));
    sessions.admin = await signIn(test, await buildUser(db, "admin"));
    project = await createProjectAs(test, sessions.pm, { altPmId: sessions.altPm.user.id });
    other = await createProjectAs(test, sessions.pm, { countries: ["SEN", "GHA"], type: "regional" });
    await db.update(projects).set({ status: "active" }).where(eq(projects.id, other.id));
  });
  afterAll(() => test?.close());

  function inject(who: Who, options: InjectOptions) {
    const headers = who === "anonymous" ? {} : sessions[who].headers;
    return test.app.inject({ ...options, headers });
  }

  async function call(who: Who, what: Call): Promise<number | [number, number]> {
    const url = `/api/projects/${project.id}/bookmark`;
    switch (what) {
      case "bookmark":
      case "bookmarkAgain":
        return (await inject(who, { method: "PUT", url })).statusCode;
      case "unbookmark":
      case "unbookmarkAgain":
        return (await inject(who, { method: "DELETE", url })).statusCode;
      case "list": {
        const response = await inject(who, { method: "GET", url: "/api/bookmarks" });
        if (response.statusCode !== 200) return response.statusCode;
        return [200, response.json().items.length];
      }
      case "summary": {
        const response = await inject(who, { method: "GET", url: "/api/portfolio/summary?status=draft" });
        if (response.statusCode !== 200) return response.statusCode;
        const ghana = response.json().countries.find((c: { country: string }) => c.country === "GHA");
        return [200, ghana?.projects ?? 0];
      }
    }
  }

  const rows = Object.entries(EXPECTED).flatMap(([who, calls]) =>
    ORDER.map((what) => [who as Who, what, calls[what]] as const),
  );
  it.each(rows)("%s → %s answers %j", async (who, what, expected) => {
    expect(await call(who, what)).toEqual(expected);
  });

  it("lists my bookmarks newest first, with what the home page shows, and nobody else's", async () => {
    test.clock.now = new Date("2026-03-02T09:00:00Z");
    await inject("viewer", { method: "PUT", url: `/api/projects/${project.id}/bookmark` });
    test.clock.now = new Date("2026-03-02T09:05:00Z");
    await inject("viewer", { method: "PUT", url: `/api/projects/${other.id}/bookmark` });
    // Bookmarking again keeps the first date (and so the order).
    test.clock.now = new Date("2026-03-02T09:10:00Z");
    await inject("viewer", { method: "PUT", url: `/api/projects/${project.id}/bookmark` });
    await inject("fund", { method: "PUT", url: `/api/projects/${other.id}/bookmark` });

    const mine = await inject("viewer", { method: "GET", url: "/api/bookmarks" });
    expect(mine.json().items).toEqual([
      {
        projectId: other.id,
        code: other.code,
        title: "Strengthening labour migration governance in Ghana",
        status: "active",
        region: "WCA",
        fundingYear: 2026,
        bookmarkedAt: "2026-03-02T09:05:00.000Z",
      },
      expect.objectContaining({
        projectId: project.id,
        status: "draft",
        bookmarkedAt: "2026-03-02T09:00:00.000Z",
      }),
    ]);
    const theirs = await inject("fund", { method: "GET", url: "/api/bookmarks" });
    expect(theirs.json().items.map((b: { projectId: string }) => b.projectId)).toEqual([other.id]);
    const nobody = await inject("admin", { method: "GET", url: "/api/bookmarks" });
    expect(nobody.json().items).toEqual([]);
  });

  it("a bookmark of a project that left the user's reach is no longer listed", async () => {
    await test.database.db.insert(bookmarks).values({
      userId: sessions.viewerElsewhere.user.id,
      projectId: project.id,
    });
    const response = await inject("viewerElsewhere", { method: "GET", url: "/api/bookmarks" });
    expect(response.json().items).toEqual([]);
  });

  it("answers 404 for a project that does not exist and 400 for an id that is not one", async () => {
    const missing = await inject("fund", {
      method: "PUT",
      url: "/api/projects/00000000-0000-4000-8000-000000000000/bookmark",
    });
    expect(missing.statusCode).toBe(404);
    const bad = await inject("fund", { method: "PUT", url: "/api/projects/not-an-id/bookmark" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toContain("id");
    expect(bad.body).not.toContain("at ");
  });

  it("counts a multi-country project in each of its countries, and only projects within the filters", async () => {
    const all = await inject("fund", { method: "GET", url: "/api/portfolio/summary" });
    expect(all.statusCode).toBe(200);
    expect(all.json().countries).toEqual([
      { country: "GHA", projects: 2 },
      { country: "SEN", projects: 1 },
    ]);
    expect(all.json().headline).toMatchObject({ projects: 2, activeProjects: 1, countriesReached: 2 });
    const active = await inject("fund", {
      method: "GET",
      url: "/api/portfolio/summary?status=active&fundingYear=2026",
    });
    expect(active.json().countries).toEqual([
      { country: "GHA", projects: 1 },
      { country: "SEN", projects: 1 },
    ]);
    const none = await inject("fund", { method: "GET", url: "/api/portfolio/summary?fundingYear=2025" });
    expect(none.json()).toEqual({
      countries: [],
      headline: {
        projects: 0,
        activeProjects: 0,
        approvedBudgetCents: "0",
        countriesReached: 0,
        overdueReports: 0,
      },
      countedAt: test.clock.now.toISOString(),
    });
  });

  it("keeps counted figures while nothing changes, and counts again on the next request after a change", async () => {
    const url = "/api/portfolio/summary?fundingYear=2027";
    test.clock.now = new Date("2026-03-02T10:00:00Z");
    const before = await inject("fund", { method: "GET", url });
    expect(before.json().headline.projects).toBe(0);
    test.clock.now = new Date("2026-03-02T10:00:59Z");
    const kept = await inject("fund", { method: "GET", url });
    expect(kept.json()).toEqual(before.json());
    await createProjectAs(test, sessions.pm, { fundingYear: 2027, countries: ["NGA"] });
    const fresh = await inject("fund", { method: "GET", url });
    expect(fresh.json().countries).toEqual([{ country: "NGA", projects: 1 }]);
    expect(fresh.json().countedAt).toBe("2026-03-02T10:00:59.000Z");
  });

  it("refuses a misspelt or bad filter with the field named", async () => {
    for (const query of ["fundingyear=2026", "status=finished", "fundingYear=twenty"]) {
      const response = await inject("fund", { method: "GET", url: `/api/portfolio/summary?${query}` });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields.length).toBeGreaterThan(0);
    }
  });
});

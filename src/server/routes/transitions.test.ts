/**
 * Every life-cycle transition fired by every kind of caller over HTTP: exactly the people the
 * life cycle names may take a step; everyone else gets 403 and the project does not move.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { ProjectStatus } from "../../domain/lifecycle";

type Caller =
  | "anonymous"
  | "owner"
  | "alternate"
  | "otherPm"
  | "reviewerOfRegion"
  | "reviewerElsewhere"
  | "fund"
  | "viewer"
  | "admin";
const CALLERS: Caller[] = [
  "anonymous",
  "owner",
  "alternate",
  "otherPm",
  "reviewerOfRegion",
  "reviewerElsewhere",
  "fund",
  "viewer",
  "admin",
];

/** Written out by hand from DESIGN.md, not derived from the table under test. */
const CASES: { transition: string; from: ProjectStatus; to: ProjectStatus; allowed: Caller[] }[] = [
  { transition: "submit", from: "draft", to: "submitted", allowed: ["owner", "alternate"] },
  { transition: "withdraw", from: "draft", to: "withdrawn", allowed: ["owner", "alternate"] },
  { transition: "withdraw", from: "submitted", to: "withdrawn", allowed: ["owner", "alternate"] },
  { transition: "withdraw", from: "endorsed", to: "withdrawn", allowed: ["owner", "alternate"] },
  { transition: "endorse", from: "submitted", to: "endorsed", allowed: ["reviewerOfRegion"] },
  { transition: "returnToDraft", from: "submitted", to: "draft", allowed: ["reviewerOfRegion"] },
  { transition: "notEndorse", from: "submitted", to: "rejected", allowed: ["reviewerOfRegion"] },
  { transition: "returnToDraft", from: "endorsed", to: "draft", allowed: ["fund"] },
  { transition: "approve", from: "endorsed", to: "approved", allowed: ["fund"] },
  { transition: "reject", from: "endorsed", to: "rejected", allowed: ["fund"] },
  { transition: "start", from: "approved", to: "active", allowed: ["owner", "alternate"] },
  { transition: "close", from: "active", to: "closed", allowed: ["fund"] },
];

/** Steps that do not exist from a status are refused whoever asks (409: the project is elsewhere). */
const IMPOSSIBLE: { transition: string; from: ProjectStatus }[] = [
  { transition: "submit", from: "submitted" },
  { transition: "approve", from: "submitted" },
  { transition: "endorse", from: "draft" },
  { transition: "withdraw", from: "approved" },
  { transition: "close", from: "approved" },
  { transition: "start", from: "closed" },
  { transition: "submit", from: "rejected" },
  { transition: "endorse", from: "withdrawn" },
];

const DECISION = { comment: "Reasoned decision", approvedBudget: "150000.00", fundLine: "L2" };

describe.each(databaseKinds())("every transition for every role on %s", (kind) => {
  let test: TestApp;
  const sessions = {} as Record<Exclude<Caller, "anonymous">, Session>;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const [owner, alternate, otherPm, reviewerOfRegion, reviewerElsewhere, fund, viewer, admin] =
      await Promise.all([
        buildUser(db, "pm"),
        buildUser(db, "pm"),
        buildUser(db, "pm"),
        buildUser(db, "reviewer", "WCA"),
        buildUser(db, "reviewer", "EEA"),
        buildUser(db, "fund_manager"),
        buildUser(db, "viewer"),
        buildUser(db, "admin"),
      ]);
    const people = { owner, alternate, otherPm, reviewerOfRegion, reviewerElsewhere, fund, viewer, admin };
    for (const [who, user] of Object.entries(people)) {
      sessions[who as keyof typeof sessions] = await signIn(test, user);
    }
  });
  afterAll(() => test.close());

  async function projectIn(status: ProjectStatus): Promise<string> {
    const project = await createProjectAs(test, sessions.owner, { altPmId: sessions.alternate.user.id });
    await setStatus(test.database.db, project.id, status);
    return project.id;
  }

  async function statusOf(id: string): Promise<string> {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/projects/${id}`,
      headers: sessions.fund.headers,
    });
    return response.json().status;
  }

  for (const c of CASES) {
    it(`${c.transition} from ${c.from}: only ${c.allowed.join(", ")}`, async () => {
      const id = await projectIn(c.from);
      for (const caller of CALLERS.filter((who) => !c.allowed.includes(who))) {
        const response =
          caller === "anonymous"
            ? await test.app.inject({
                method: "POST",
                url: `/api/projects/${id}/transitions`,
                payload: { transition: c.transition, version: 1, ...DECISION },
              })
            : await fire(test, sessions[caller], id, c.transition, DECISION);
        expect(response.statusCode, `${caller} ${c.transition}`).toBe(caller === "anonymous" ? 401 : 403);
      }
      expect(await statusOf(id)).toBe(c.from);
      // Each allowed caller on a project of its own, since the first one moves it.
      for (const caller of c.allowed) {
        const own = caller === c.allowed[0] ? id : await projectIn(c.from);
        const response = await fire(
          test,
          sessions[caller as Exclude<Caller, "anonymous">],
          own,
          c.transition,
          DECISION,
        );
        expect(response.statusCode, `${caller} ${c.transition}: ${response.body}`).toBe(200);
        expect(response.json().status).toBe(c.to);
        expect(await statusOf(own)).toBe(c.to);
      }
    });
  }

  for (const c of IMPOSSIBLE) {
    it(`${c.transition} is not a step from ${c.from}`, async () => {
      const id = await projectIn(c.from);
      const response = await fire(test, sessions.fund, id, c.transition, DECISION);
      expect([403, 409]).toContain(response.statusCode);
      const owner = await fire(test, sessions.owner, id, c.transition, DECISION);
      expect([403, 409]).toContain(owner.statusCode);
      expect(await statusOf(id)).toBe(c.from);
    });
  }

  it("buttons follow the same rules: `can.transitions` lists what the caller may fire", async () => {
    const id = await projectIn("submitted");
    const read = async (who: keyof typeof sessions) =>
      (
        await test.app.inject({ method: "GET", url: `/api/projects/${id}`, headers: sessions[who].headers })
      ).json().can.transitions;
    expect((await read("reviewerOfRegion")).sort()).toEqual(["endorse", "notEndorse", "returnToDraft"]);
    expect(await read("reviewerElsewhere")).toEqual([]);
    expect(await read("owner")).toEqual(["withdraw"]);
    expect(await read("fund")).toEqual([]);
    expect(await read("viewer")).toEqual([]);
  });

  it("a decision on a stale page is refused with 409 and the current project", async () => {
    const id = await projectIn("submitted");
    const response = await test.app.inject({
      method: "POST",
      url: `/api/projects/${id}/transitions`,
      headers: sessions.reviewerOfRegion.headers,
      payload: { transition: "endorse", version: 99 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().current.status).toBe("submitted");
  });

  it("returning, not endorsing, rejecting and withdrawing need a comment the PM will read", async () => {
    const id = await projectIn("submitted");
    const response = await fire(test, sessions.reviewerOfRegion, id, "returnToDraft", { comment: "  " });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({ field: "comment", code: "commentRequired" }),
    ]);
    expect(await statusOf(id)).toBe("submitted");
  });

  it("approval needs the amount and the line", async () => {
    const id = await projectIn("endorsed");
    const response = await fire(test, sessions.fund, id, "approve", {});
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["approvedBudget", "fundLine"]);
  });

  it("start records the actual start date and approval the amount and line", async () => {
    const id = await projectIn("endorsed");
    const approved = await fire(test, sessions.fund, id, "approve", {
      approvedBudget: "120000.50",
      fundLine: "L1",
    });
    expect(approved.json()).toMatchObject({
      status: "approved",
      approvedBudget: "120000.50",
      fundLine: "L1",
    });
    const started = await fire(test, sessions.owner, id, "start");
    expect(started.json()).toMatchObject({ status: "active", actualStart: "2026-03-02" });
  });
});

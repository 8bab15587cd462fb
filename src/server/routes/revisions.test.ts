/**
 * Budget revisions over HTTP, as issue 15 §3 puts it: a PM asks for a new budget after approval;
 * the fund's rules apply to it (the line's ceiling, the envelope for an increase); the fund
 * manager approves (the revised total, shares and years become current, the envelope's committed
 * counts the new amount, the history records it) or refuses with a comment; stale decisions get
 * 409; one open request at a time; bad input changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { budgetRevisions, notifications, projectBudgetYears, projects } from "../db/schema";
import { approvedRevisionChanges } from "../services/revisions/approvedRevisionChanges";

const JUSTIFICATION = "The government asked us to add two districts to the training programme.";
const SHARES = {
  areaShares: [
    { code: "LHD", percent: 60 },
    { code: "MPR", percent: 40 },
  ],
  activityShares: [
    { code: "RES", percent: 25 },
    { code: "TRN", percent: 75 },
  ],
};

describe.each(databaseKinds())("budget revisions on %s", (kind) => {
  let test: TestApp;
  const people: Record<string, Session> = {};
  const session = (name: string) => people[name] as Session;

  beforeAll(async () => {
    test = await startTestApp(kind);
    test.clock.now = new Date("2026-08-01T09:00:00Z");
    const db = test.database.db;
    const users = {
      pm: await buildUser(db, "pm"),
      alternate: await buildUser(db, "pm"),
      fund: await buildUser(db, "fund_manager"),
    };
    for (const [name, user] of Object.entries(users)) people[name] = await signIn(test, user);
  });
  afterAll(async () => {
    await test.close();
  });

  const call = (who: Session, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    test.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const request = (who: Session, projectId: string, payload: object) =>
    call(who, "POST", `/api/projects/${projectId}/revisions`, payload);
  const decide = (who: Session, revisionId: string, payload: object) =>
    call(who, "POST", `/api/revisions/${revisionId}/decision`, payload);
  const projectRow = async (id: string) =>
    (await test.database.db.select().from(projects).where(eq(projects.id, id)))[0];
  const revisionCount = async (id: string) =>
    (await test.database.db.select().from(budgetRevisions).where(eq(budgetRevisions.projectId, id))).length;
  const envelope = async (year: number, line: string) =>
    (await call(session("fund"), "GET", "/api/fund-envelopes"))
      .json()
      .items.find(
        (e: { fundingYear: number; fundLine: string }) => e.fundingYear === year && e.fundLine === line,
      );

  /** A national Line 2 project of 2026 (1 Jul 2026 – 31 Dec 2027: two years), approved for USD 150,000. */
  async function approvedProject(): Promise<string> {
    const project = await createProjectAs(test, session("pm"), { altPmId: session("alternate").user.id });
    await setStatus(test.database.db, project.id, "endorsed");
    const approved = await fire(test, session("fund"), project.id, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    return project.id;
  }

  it("the alternate PM asks for USD 160,000 with new shares and years; the fund manager sees both budgets and approves: the revised budget becomes current", async () => {
    const id = await approvedProject();
    const asked = await request(session("alternate"), id, {
      newTotal: "160000",
      ...SHARES,
      years: ["60000.00", "100000.00"],
      justification: JUSTIFICATION,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const revision = asked.json();
    expect(revision).toMatchObject({
      status: "requested",
      previousTotal: "150000.00",
      newTotal: "160000.00",
      change: "10000.00",
      version: 1,
      requestedBy: { id: session("alternate").user.id },
    });
    expect(revision.before.areaShares).toEqual([
      { code: "LHD", percent: 70, amount: "105000.00" },
      { code: "MPR", percent: 30, amount: "45000.00" },
    ]);
    expect(revision.before.years.map((y: { amount: string }) => y.amount)).toHaveLength(2);
    expect(revision.after.years).toEqual([
      { start: "2026-07-01", end: "2027-06-30", amount: "60000.00" },
      { start: "2027-07-01", end: "2027-12-31", amount: "100000.00" },
    ]);
    expect(revision.after.activityShares).toEqual([
      { code: "RES", percent: 25, amount: "40000.00" },
      { code: "TRN", percent: 75, amount: "120000.00" },
    ]);
    // The fund managers are told.
    const told = await test.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, session("fund").user.id),
          eq(notifications.projectId, id),
          eq(notifications.transition, "revisionRequested"),
        ),
      );
    expect(told).toHaveLength(1);

    const list = await call(session("fund"), "GET", `/api/projects/${id}/revisions`);
    expect(list.json().can).toEqual({ request: false, decide: true });
    // It waits in the fund manager's "Waiting for me", with both budgets, until decided.
    const waiting = async (who: Session) =>
      (
        (await call(who, "GET", "/api/inbox")).json().queues as {
          queue: string;
          items: { revision: unknown }[];
        }[]
      )
        .find((q) => q.queue === "revisionsToDecide")
        ?.items.map((item) => item.revision);
    expect(await waiting(session("fund"))).toContainEqual({
      id: revision.id,
      previous: "150000.00",
      requested: "160000.00",
    });
    expect(await waiting(session("pm"))).toBeUndefined();
    const committedBefore = (await envelope(2026, "L2")).committed;

    const approved = await decide(session("fund"), revision.id, {
      decision: "approve",
      version: 1,
      comment: "Fine",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", version: 2, decisionComment: "Fine" });
    expect(await waiting(session("fund"))).not.toContainEqual(expect.objectContaining({ id: revision.id }));

    const project = (await call(session("pm"), "GET", `/api/projects/${id}`)).json();
    expect(project.approvedBudget).toBe("160000.00");
    expect(project.areaShares).toEqual([
      { code: "LHD", percent: 60, amount: "96000.00" },
      { code: "MPR", percent: 40, amount: "64000.00" },
    ]);
    expect(project.activityShares.map((s: { percent: number }) => s.percent)).toEqual([25, 75]);
    const years = await test.database.db
      .select()
      .from(projectBudgetYears)
      .where(eq(projectBudgetYears.projectId, id))
      .orderBy(projectBudgetYears.yearIndex);
    expect(years.map((y) => y.approvedCents)).toEqual([6_000_000, 10_000_000]);
    // The requested years stay the split of what was requested.
    expect(years.reduce((s, y) => s + y.requestedCents, 0)).toBe(18_000_000);
    // The envelope's committed counts the revised amount.
    expect(Number((await envelope(2026, "L2")).committed) - Number(committedBefore)).toBe(10000);

    const history = (await call(session("pm"), "GET", `/api/projects/${id}/history`)).json().items;
    const actions = history.map((h: { action: string }) => h.action);
    expect(actions).toContain("revisionRequested");
    expect(actions).toContain("revisionApproved");
    const after = (await call(session("pm"), "GET", `/api/projects/${id}/revisions`)).json();
    expect(after.can).toEqual({ request: true, decide: false });
    expect(after.items[0].before.total).toBe("150000.00");
  });

  it("without years, the new total is split by days; a decrease frees money", async () => {
    const id = await approvedProject();
    const asked = await request(session("pm"), id, {
      newTotal: "120000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const revision = asked.json();
    expect(revision.change).toBe("-30000.00");
    const sum = revision.after.years.reduce(
      (s: number, y: { amount: string }) => s + Math.round(Number(y.amount) * 100),
      0,
    );
    expect(sum).toBe(12_000_000);
    const approved = await decide(session("fund"), revision.id, { decision: "approve", version: 1 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await projectRow(id))?.approvedBudgetCents).toBe(12_000_000);
    // What the IATI export reads to add a commitment transaction per approved revision.
    expect((await approvedRevisionChanges(test.database.db, [id])).get(id)).toEqual([
      expect.objectContaining({ decidedOn: "2026-08-01", changeCents: -3_000_000, newCents: 12_000_000 }),
    ]);
  });

  it("bad input gets field errors and changes nothing", async () => {
    const id = await approvedProject();
    const cases: [object, string, string][] = [
      [{ newTotal: "abc", ...SHARES, justification: JUSTIFICATION }, "newTotal", "money"],
      [
        {
          newTotal: "160000",
          ...SHARES,
          areaShares: [{ code: "LHD", percent: 60 }],
          justification: JUSTIFICATION,
        },
        "areaShares",
        "percentSum",
      ],
      [{ newTotal: "160000", ...SHARES, justification: "short" }, "justification", "too_small"],
      [
        { newTotal: "160000", ...SHARES, years: ["160000"], justification: JUSTIFICATION },
        "years",
        "revisionYearCount",
      ],
      [
        { newTotal: "160000", ...SHARES, years: ["60000", "90000"], justification: JUSTIFICATION },
        "years",
        "revisionYearsSum",
      ],
      [
        {
          newTotal: "160000",
          ...SHARES,
          areaShares: [{ code: "XXX", percent: 100 }],
          justification: JUSTIFICATION,
        },
        "areaShares.0.code",
        "unknownCode",
      ],
      [
        {
          newTotal: "150000",
          areaShares: [
            { code: "LHD", percent: 70 },
            { code: "MPR", percent: 30 },
          ],
          activityShares: [
            { code: "RES", percent: 40 },
            { code: "TRN", percent: 60 },
          ],
          justification: JUSTIFICATION,
        },
        "newTotal",
        "revisionUnchanged",
      ],
    ];
    for (const [payload, field, code] of cases) {
      const response = await request(session("pm"), id, payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().fields, JSON.stringify(payload)).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
    }
    expect(await revisionCount(id)).toBe(0);
  });

  it("the fund's rules apply: above the Line 2 ceiling, or an increase above the envelope's available amount, is refused with the failing rules", async () => {
    const id = await approvedProject();
    const ceiling = await request(session("pm"), id, {
      newTotal: "210000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(ceiling.statusCode, ceiling.body).toBe(422);
    expect(ceiling.json().fields).toEqual([
      expect.objectContaining({ field: "newTotal", code: "line2CeilingExceeded" }),
    ]);

    // An envelope with USD 10,000 left for 2026, Line 2.
    const now = await envelope(2026, "L2");
    const allocated = (Number(now.committed) + 10000).toFixed(2);
    const set = await call(session("fund"), "PUT", "/api/fund-envelopes/2026/L2", {
      version: now.version,
      allocated,
    });
    expect(set.statusCode, set.body).toBe(200);
    const over = await request(session("pm"), id, {
      newTotal: "170000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(over.statusCode, over.body).toBe(422);
    expect(over.json().fields).toEqual([
      expect.objectContaining({
        field: "newTotal",
        code: "envelopeExceeded",
        params: expect.objectContaining({ available: "10000.00", amount: "20000.00", excess: "10000.00" }),
      }),
    ]);
    expect(await revisionCount(id)).toBe(0);

    // Within what is left: accepted; but if the envelope shrinks before the decision, approval is refused.
    const within = await request(session("pm"), id, {
      newTotal: "158000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(within.statusCode, within.body).toBe(201);
    const lowered = await envelope(2026, "L2");
    await call(session("fund"), "PUT", "/api/fund-envelopes/2026/L2", {
      version: lowered.version,
      allocated: (Number(lowered.committed) + 5000).toFixed(2),
    });
    const refused = await decide(session("fund"), within.json().id, { decision: "approve", version: 1 });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().fields).toEqual([expect.objectContaining({ code: "envelopeExceeded" })]);
    expect((await projectRow(id))?.approvedBudgetCents).toBe(15_000_000);

    // A decrease is never held back by the envelope.
    const refusal = await decide(session("fund"), within.json().id, {
      decision: "refuse",
      version: 1,
      comment: "No money left this year",
    });
    expect(refusal.statusCode, refusal.body).toBe(200);
    const decrease = await request(session("pm"), id, {
      newTotal: "140000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(decrease.statusCode, decrease.body).toBe(201);
    // Leave the envelope out of the other tests' way.
    const last = await envelope(2026, "L2");
    await call(session("fund"), "PUT", "/api/fund-envelopes/2026/L2", {
      version: last.version,
      allocated: "100000000",
    });
  });

  it("one open request at a time; a refusal needs a comment and changes nothing; a stale decision gets 409", async () => {
    const id = await approvedProject();
    const first = await request(session("pm"), id, {
      newTotal: "155000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await request(session("alternate"), id, {
      newTotal: "145000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().fields).toEqual([expect.objectContaining({ code: "openRequestExists" })]);

    const noComment = await decide(session("fund"), first.json().id, { decision: "refuse", version: 1 });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().fields).toEqual([
      expect.objectContaining({ field: "comment", code: "commentRequired" }),
    ]);
    const refused = await decide(session("fund"), first.json().id, {
      decision: "refuse",
      version: 1,
      comment: "Spend the first year's money before asking for more.",
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ status: "refused", version: 2 });
    expect((await projectRow(id))?.approvedBudgetCents).toBe(15_000_000);

    const stale = await decide(session("fund"), first.json().id, { decision: "approve", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ status: "refused", version: 2 });
    const again = await decide(session("fund"), first.json().id, { decision: "approve", version: 2 });
    expect(again.statusCode).toBe(409);

    // Once decided, a new request may be made.
    const next = await request(session("alternate"), id, {
      newTotal: "145000",
      ...SHARES,
      justification: JUSTIFICATION,
    });
    expect(next.statusCode, next.body).toBe(201);
  });
});

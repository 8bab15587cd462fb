/**
 * Annual budgets over HTTP (issue 15 §2): the PM plans the requested budget per year in the
 * proposal, bad splits get field errors and change nothing, the approval keeps the split scaled
 * exactly to the approved amount, and an extension that adds a year keeps the earlier years.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildUser,
  createProjectAs,
  fire,
  projectInput,
  type Session,
  setStatus,
  signIn,
} from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { allocateCents } from "../../domain/allocation";
import { annualSplit } from "../../domain/annualSplit";
import { formatMoney } from "../../domain/money";
import { projectBudgetYears, projects } from "../db/schema";

const money = (cents: number[]) => cents.map(formatMoney);

describe.each(databaseKinds())("the budget by year on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let fund: Session;

  beforeAll(async () => {
    test = await startTestApp(kind);
    test.clock.now = new Date("2026-06-01T09:00:00Z");
    pm = await signIn(test, await buildUser(test.database.db, "pm"));
    fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
  });
  afterAll(() => test.close());

  const get = async (id: string) =>
    (await test.app.inject({ method: "GET", url: `/api/projects/${id}`, headers: pm.headers })).json();
  const put = async (id: string, changes: object) => {
    const current = await get(id);
    return test.app.inject({
      method: "PUT",
      url: `/api/projects/${id}`,
      headers: pm.headers,
      payload: { ...projectInput(), ...changes, version: current.version },
    });
  };
  const projectCount = async () =>
    Number((await test.database.db.select({ n: count() }).from(projects))[0]?.n);

  it("the PM plans the requested budget per year when creating a proposal, and reads it back with its periods", async () => {
    const created = await createProjectAs(test, pm, { budgetYears: ["100000.00", "80000"] });
    expect(created.budgetYears).toEqual([
      { start: "2026-07-01", end: "2027-06-30", requested: "100000.00", approved: null },
      { start: "2027-07-01", end: "2027-12-31", requested: "80000.00", approved: null },
    ]);
    expect((await get(created.id)).budgetYears).toEqual(created.budgetYears);
  });

  it("without a plan the years are split by days, and nothing is stored", async () => {
    const created = await createProjectAs(test, pm);
    const byDays = annualSplit(180_000_00, "2026-07-01", "2027-12-31").map((p) => p.cents);
    expect(created.budgetYears.map((y: { requested: string }) => y.requested)).toEqual(money(byDays));
    const rows = await test.database.db
      .select()
      .from(projectBudgetYears)
      .where(eq(projectBudgetYears.projectId, created.id));
    expect(rows).toEqual([]);
  });

  it("a split with the wrong number of years, a wrong sum or a bad amount gets field errors and creates nothing", async () => {
    const before = await projectCount();
    const post = (budgetYears: string[]) =>
      test.app.inject({
        method: "POST",
        url: "/api/projects",
        headers: pm.headers,
        payload: projectInput({ budgetYears }),
      });
    const wrongCount = await post(["180000.00"]);
    expect(wrongCount.statusCode).toBe(400);
    expect(wrongCount.json().fields).toMatchObject([
      { field: "budgetYears", code: "budgetYearsCount", params: { years: 2 } },
    ]);
    const wrongSum = await post(["100000.00", "79999.99"]);
    expect(wrongSum.statusCode).toBe(400);
    expect(wrongSum.json().fields).toMatchObject([
      { field: "budgetYears", code: "budgetYearsSum", params: { sum: "179999.99", total: "180000.00" } },
    ]);
    const badAmount = await post(["100000.00", "80000.001"]);
    expect(badAmount.statusCode).toBe(400);
    expect(badAmount.json().fields).toMatchObject([{ field: "budgetYears.1", code: "money" }]);
    const negative = await post(["200000.00", "-20000.00"]);
    expect(negative.statusCode).toBe(400);
    expect(negative.json().fields).toMatchObject([{ field: "budgetYears.1", code: "money" }]);
    expect(await projectCount()).toBe(before);
  });

  it("editing the draft changes the split; a bad split changes nothing", async () => {
    const created = await createProjectAs(test, pm);
    const saved = await put(created.id, { budgetYears: ["30000.00", "150000.00"] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().budgetYears.map((y: { requested: string }) => y.requested)).toEqual([
      "30000.00",
      "150000.00",
    ]);
    const bad = await put(created.id, { title: "Renamed by a bad save", budgetYears: ["30000.00", "1.00"] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject([{ field: "budgetYears", code: "budgetYearsSum" }]);
    const after = await get(created.id);
    expect(after.title).toBe(created.title);
    expect(after.version).toBe(saved.json().version);
    expect(after.budgetYears.map((y: { requested: string }) => y.requested)).toEqual([
      "30000.00",
      "150000.00",
    ]);
  });

  it("a project read and sent back whole (GET, change the title, PUT) saves and keeps its plan", async () => {
    const created = await createProjectAs(test, pm, { budgetYears: ["100000.00", "80000"] });
    const read = await get(created.id);
    const { pm: manager, altPm, followUpOf, ...rest } = read;
    const echoed = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${created.id}`,
      headers: pm.headers,
      payload: {
        ...projectInput(),
        ...rest,
        title: "Renamed, everything else as read",
        pmId: manager?.id,
        altPmId: altPm?.id ?? null,
        followUpOfId: followUpOf?.id ?? null,
      },
    });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().title).toBe("Renamed, everything else as read");
    expect(echoed.json().budgetYears).toEqual(read.budgetYears);
  });

  it("a save without the split scales the plan to a new total, and drops it when the number of years changes", async () => {
    const created = await createProjectAs(test, pm, { budgetYears: ["30000.00", "150000.00"] });
    const newTotal = await put(created.id, { requestedBudget: "100000.00" });
    expect(newTotal.statusCode, newTotal.body).toBe(200);
    expect(newTotal.json().budgetYears.map((y: { requested: string }) => y.requested)).toEqual([
      "16666.67",
      "83333.33",
    ]);
    const longer = await put(created.id, { requestedBudget: "100000.00", plannedEnd: "2028-12-31" });
    expect(longer.statusCode, longer.body).toBe(200);
    const byDays = annualSplit(100_000_00, "2026-07-01", "2028-12-31").map((p) => p.cents);
    expect(longer.json().budgetYears.map((y: { requested: string }) => y.requested)).toEqual(money(byDays));
  });

  it("the approval keeps the split, scaled exactly to the approved amount", async () => {
    const created = await createProjectAs(test, pm, { budgetYears: ["100000.00", "80000.00"] });
    await setStatus(test.database.db, created.id, "endorsed");
    const approved = await fire(test, fund, created.id, "approve", {
      approvedBudget: "150000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().budgetYears).toEqual([
      { start: "2026-07-01", end: "2027-06-30", requested: "100000.00", approved: "83333.33" },
      { start: "2027-07-01", end: "2027-12-31", requested: "80000.00", approved: "66666.67" },
    ]);
  });

  it("an extension that adds a year keeps the earlier years and spreads the last year's money by days", async () => {
    const created = await createProjectAs(test, pm, {
      plannedStart: "2026-06-01",
      plannedEnd: "2027-12-15",
      budgetYears: ["100000.00", "80000.00"],
    });
    await setStatus(test.database.db, created.id, "endorsed");
    const approved = await fire(test, fund, created.id, "approve", {
      approvedBudget: "180000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await fire(test, pm, created.id, "start")).statusCode).toBe(200);
    const asked = await test.app.inject({
      method: "POST",
      url: `/api/projects/${created.id}/extensions`,
      headers: pm.headers,
      payload: {
        requestedEnd: "2028-06-15",
        justification: "The survey needs six more months in the field.",
      },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const decided = await test.app.inject({
      method: "POST",
      url: `/api/extensions/${asked.json().id}/decision`,
      headers: fund.headers,
      payload: { decision: "approve", version: 1, comment: "Agreed." },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    // Year 2 runs 2027-06-01..2028-05-31 (366 days with 29 February), year 3 2028-06-01..2028-06-15.
    const spread = money(allocateCents(80_000_00, [366, 15]));
    const years = (await get(created.id)).budgetYears;
    expect(years).toEqual([
      { start: "2026-06-01", end: "2027-05-31", requested: "100000.00", approved: "100000.00" },
      { start: "2027-06-01", end: "2028-05-31", requested: spread[0], approved: spread[0] },
      { start: "2028-06-01", end: "2028-06-15", requested: spread[1], approved: spread[1] },
    ]);
  });
});

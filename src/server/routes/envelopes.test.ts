/** Envelopes per funding year and fund line over HTTP: setting them, their figures, and the approval rule. */
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, fire, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { auditEvents, projects, reportAreaExpenditures, reports } from "../db/schema";

describe.each(databaseKinds())("envelopes per funding year and line, on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (session: Session, method: "GET" | "PUT", url: string, payload?: object) =>
    test.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
  const envelope = async (session: Session, year: number, line: string) =>
    (await call(session, "GET", "/api/fund-envelopes"))
      .json()
      .items.find(
        (e: { fundingYear: number; fundLine: string }) => e.fundingYear === year && e.fundLine === line,
      );
  /** Set-up only: a project of 2026 put straight into a status with an approved budget. */
  const projectIn = async (
    pm: Session,
    status: Parameters<typeof setStatus>[2],
    fundLine: string,
    requestedBudget: string,
    approvedBudgetCents: number | null = null,
  ) => {
    const project = await createProjectAs(test, pm, { fundLine, requestedBudget });
    await setStatus(test.database.db, project.id, status);
    await test.database.db.update(projects).set({ approvedBudgetCents }).where(eq(projects.id, project.id));
    return project.id as string;
  };
  const financialReport = async (
    projectId: string,
    sequence: number,
    periodEnd: string,
    status: "accepted" | "submitted",
    amounts: number[],
  ) => {
    const [report] = await test.database.db
      .insert(reports)
      .values({
        projectId,
        kind: "financial",
        stage: "interim",
        sequence,
        periodStart: "2026-07-01",
        periodEnd,
        dueDate: periodEnd,
        status,
      })
      .returning({ id: reports.id });
    const areas = ["LHD", "MPR"];
    await test.database.db.insert(reportAreaExpenditures).values(
      amounts.map((amountCents, i) => ({
        reportId: report?.id as string,
        areaCode: areas[i] as string,
        amountCents,
      })),
    );
  };

  it("lists every year and line with no envelope set; the fund manager sets one, versioned, audited, validated", async () => {
    test = await startTestApp(kind);
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const before = await envelope(fund, 2026, "L2");
    expect(before).toMatchObject({ allocated: null, available: null, committed: "0.00", version: 0 });

    const set = await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 0, allocated: "500000" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ allocated: "500000.00", available: "500000.00", version: 1 });
    expect(await envelope(fund, 2026, "L2")).toMatchObject({ allocated: "500000.00", version: 1 });

    const stale = await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 0, allocated: "1" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ allocated: "500000.00", version: 1 });

    const changed = await call(fund, "PUT", "/api/fund-envelopes/2026/L2", {
      version: 1,
      allocated: "400000.50",
    });
    expect(changed.json()).toMatchObject({ allocated: "400000.50", version: 2 });
    const zero = await call(fund, "PUT", "/api/fund-envelopes/2026/L1", { version: 0, allocated: 0 });
    expect(zero.json()).toMatchObject({ allocated: "0.00", available: "0.00", version: 1 });

    for (const allocated of ["-1", "12.345", "abc", "2000000000"]) {
      const bad = await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 2, allocated });
      expect(bad.statusCode, allocated).toBe(400);
      expect(bad.json().fields[0]).toMatchObject({ field: "allocated" });
    }
    expect(
      (await call(fund, "PUT", "/api/fund-envelopes/2026/L9", { version: 0, allocated: "1" })).statusCode,
    ).toBe(404);
    expect(
      (await call(fund, "PUT", "/api/fund-envelopes/2099/L1", { version: 0, allocated: "1" })).statusCode,
    ).toBe(404);
    expect(await envelope(fund, 2026, "L2")).toMatchObject({ allocated: "400000.50", version: 2 });

    const history = await test.database.db
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "fundEnvelope"), eq(auditEvents.entityId, "2026/L2")))
      .orderBy(auditEvents.id);
    expect(history).toEqual([
      { action: "create", before: { allocated: null }, after: { allocated: "500000.00" } },
      { action: "update", before: { allocated: "500000.00" }, after: { allocated: "400000.50" } },
    ]);
  });

  it("computes committed, pipeline, spent and available from the projects and accepted financial reports", async () => {
    test = await startTestApp(kind);
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    await projectIn(pm, "approved", "L2", "100000", 9_000_000);
    const active = await projectIn(pm, "active", "L2", "60000", 5_000_000);
    await projectIn(pm, "closed", "L2", "20000", 2_000_012);
    await projectIn(pm, "submitted", "L2", "180000");
    await projectIn(pm, "endorsed", "L2", "150000.25");
    await projectIn(pm, "rejected", "L2", "170000");
    await projectIn(pm, "draft", "L2", "160000");
    await projectIn(pm, "approved", "L1", "400000", 30_000_000);
    // Expenditure is to date: the latest accepted report counts, a submitted one not yet.
    await financialReport(active, 1, "2026-12-31", "accepted", [1_000_000, 500_000]);
    await financialReport(active, 2, "2027-06-30", "accepted", [2_000_000, 1_000_001]);
    await financialReport(active, 3, "2027-12-31", "submitted", [4_000_000, 1_000_000]);
    await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 0, allocated: "500000" });

    expect(await envelope(fund, 2026, "L2")).toMatchObject({
      allocated: "500000.00",
      committed: "160000.12", // 90,000 + 50,000 + 20,000.12
      pipeline: "330000.25", // 180,000 + 150,000.25
      spent: "30000.01",
      available: "339999.88",
    });
    expect(await envelope(fund, 2026, "L1")).toMatchObject({
      allocated: null,
      committed: "300000.00",
      pipeline: "0.00",
      spent: "0.00",
      available: null,
    });
  });

  it("refuses an approval above what is left of the line's envelope and allows one within it", async () => {
    test = await startTestApp(kind);
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    await projectIn(pm, "approved", "L2", "100000", 9_000_000);
    const endorsed = await projectIn(pm, "endorsed", "L2", "180000");
    await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 0, allocated: "200000" });

    const refused = await fire(test, fund, endorsed, "approve", { approvedBudget: "250000", fundLine: "L2" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.map((f: { code: string }) => f.code)).toEqual([
      "line2CeilingExceeded",
      "approvedAboveRequested",
      "envelopeExceeded",
    ]);
    const over = await fire(test, fund, endorsed, "approve", { approvedBudget: "110000.01", fundLine: "L2" });
    expect(over.statusCode).toBe(422);
    expect(over.json().fields).toEqual([
      {
        field: "approvedBudget",
        code: "envelopeExceeded",
        message: "Line 2's envelope for 2026 has USD 110,000 available; USD 110,000.01 is USD 0.01 more",
        params: { line: "2", year: 2026, available: "110000.00", amount: "110000.01", excess: "0.01" },
      },
    ]);
    expect(await envelope(fund, 2026, "L2")).toMatchObject({ committed: "90000.00", available: "110000.00" });

    const approved = await fire(test, fund, endorsed, "approve", {
      approvedBudget: "110000",
      fundLine: "L2",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await envelope(fund, 2026, "L2")).toMatchObject({ committed: "200000.00", available: "0.00" });
  });

  it("sets no limit on a line and year with no envelope", async () => {
    test = await startTestApp(kind);
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    await projectIn(pm, "approved", "L1", "100000", 90_000_000_000);
    await call(fund, "PUT", "/api/fund-envelopes/2026/L2", { version: 0, allocated: "1" });
    const endorsed = await projectIn(pm, "endorsed", "L1", "180000");
    const approved = await fire(test, fund, endorsed, "approve", {
      approvedBudget: "180000",
      fundLine: "L1",
    });
    expect(approved.statusCode, approved.body).toBe(200);
  });
});

/** Spending against the budget over HTTP: figures from the accepted reports, the flag, the burn rate, the portfolio lists, the threshold. */

import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import {
  auditEvents,
  projects,
  reportActivityExpenditures,
  reportAreaExpenditures,
  reports,
} from "../db/schema";

describe.each(databaseKinds())("spending against the budget, on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (session: Session, method: "GET" | "PUT", url: string, payload?: object) =>
    test.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

  /** Set-up only: a project put straight into a status with an approved budget and dates. */
  const projectIn = async (
    pm: Session,
    status: "draft" | "approved" | "active" | "closed",
    approvedBudgetCents: number | null,
    dates: { start: string; end: string } = { start: "2026-01-01", end: "2026-12-31" },
    overrides: Record<string, unknown> = {},
  ) => {
    const project = await createProjectAs(test, pm, overrides);
    await setStatus(test.database.db, project.id, status);
    await test.database.db
      .update(projects)
      .set({ approvedBudgetCents, plannedStart: dates.start, plannedEnd: dates.end })
      .where(eq(projects.id, project.id));
    return project.id as string;
  };
  /** A financial report with expenditure to date for LHD and MPR (areas) and RES and TRN (activities). */
  const financialReport = async (
    projectId: string,
    sequence: number,
    periodEnd: string,
    status: "accepted" | "submitted",
    areas: [number, number],
    activities: [number, number] = [areas[0] + areas[1], 0],
    stage: "interim" | "final" = "interim",
  ) => {
    const [report] = await test.database.db
      .insert(reports)
      .values({
        projectId,
        kind: "financial",
        stage,
        sequence,
        periodStart: "2020-01-01",
        periodEnd,
        dueDate: periodEnd,
        status,
      })
      .returning({ id: reports.id });
    const reportId = report?.id as string;
    await test.database.db.insert(reportAreaExpenditures).values([
      { reportId, areaCode: "LHD", amountCents: areas[0] },
      { reportId, areaCode: "MPR", amountCents: areas[1] },
    ]);
    await test.database.db.insert(reportActivityExpenditures).values([
      { reportId, activityCode: "RES", amountCents: activities[0] },
      { reportId, activityCode: "TRN", amountCents: activities[1] },
    ]);
    return reportId;
  };
  const spending = async (session: Session, id: string) => {
    const response = await call(session, "GET", `/api/projects/${id}/spending`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const area = (figures: { areas: { code: string }[] }, code: string) =>
    figures.areas.find((a) => a.code === code) as Record<string, unknown>;

  it("shows the latest accepted financial report against the approved budget, split to the cent", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    const id = await projectIn(pm, "active", 10_000_001);
    await financialReport(id, 1, "2026-01-31", "accepted", [10_000, 5_000]);
    const latest = await financialReport(
      id,
      2,
      "2026-02-28",
      "accepted",
      [350_000, 150_000],
      [200_000, 300_000],
    );
    await financialReport(id, 3, "2026-03-31", "submitted", [900_000, 900_000]);

    const figures = await spending(pm, id);
    expect(figures).toMatchObject({
      state: "onTrack",
      thresholdPercent: 20,
      approved: "100000.01",
      spent: "5000.00",
      unspent: "95000.01",
      spentPercent: 5,
      report: { id: latest, periodEnd: "2026-02-28" },
    });
    // 70 % and 30 % of USD 100,000.01: the cent left over goes to the larger remainder.
    expect(figures.areas).toEqual([
      expect.objectContaining({
        code: "LHD",
        share: 70,
        budget: "70000.01",
        spent: "3500.00",
        spendingShare: 70,
        variance: 0,
        flagged: false,
      }),
      expect.objectContaining({
        code: "MPR",
        share: 30,
        budget: "30000.00",
        spent: "1500.00",
        spentPercent: 5,
        flagged: false,
      }),
    ]);
    expect(figures.activities).toEqual([
      expect.objectContaining({
        code: "RES",
        share: 40,
        budget: "40000.00",
        spent: "2000.00",
        spentPercent: 5,
      }),
      expect.objectContaining({ code: "TRN", share: 60, budget: "60000.01", spent: "3000.00" }),
    ]);
    // 2026-01-01 to 2026-12-31 (364 days), today 2026-03-02: 60 days elapsed.
    expect(figures.burnRate).toEqual({
      start: "2026-01-01",
      end: "2026-12-31",
      plannedDays: 364,
      elapsedDays: 60,
      spentPercent: 5,
      elapsedPercent: 16.5,
    });
  });

  it("of an interim and a final report of the same period, counts the final one, here and in the envelopes", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const id = await projectIn(pm, "active", 10_000_000, undefined, { fundingYear: 2026, fundLine: "L2" });
    await financialReport(id, 1, "2026-12-31", "accepted", [100_000, 0], undefined, "interim");
    const final = await financialReport(
      id,
      1,
      "2026-12-31",
      "accepted",
      [300_000, 100_000],
      undefined,
      "final",
    );

    expect(await spending(pm, id)).toMatchObject({ spent: "4000.00", report: { id: final } });
    const envelopes = await call(fund, "GET", "/api/fund-envelopes");
    expect(envelopes.statusCode).toBe(200);
    const line = envelopes
      .json()
      .items.find(
        (e: { fundingYear: number; fundLine: string }) => e.fundingYear === 2026 && e.fundLine === "L2",
      );
    expect(line).toMatchObject({ spent: "4000.00" });
  });

  it("flags an area whose share of the spending is more than the threshold above its share, not at the limit", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    // MPR has 30 % of the budget; with the default 20 % it is flagged above 36 % of the spending.
    const atLimit = await projectIn(pm, "active", 10_000_000);
    await financialReport(atLimit, 1, "2026-02-28", "accepted", [64_000, 36_000]);
    const above = await projectIn(pm, "active", 10_000_000);
    await financialReport(above, 1, "2026-02-28", "accepted", [63_999, 36_001]);
    const below = await projectIn(pm, "active", 10_000_000);
    await financialReport(below, 1, "2026-02-28", "accepted", [64_001, 35_999]);

    expect(area(await spending(pm, atLimit), "MPR")).toMatchObject({ flagged: false, variance: 20 });
    const flagged = await spending(pm, above);
    expect(flagged.state).toBe("flagged");
    expect(area(flagged, "MPR")).toMatchObject({ flagged: true, spendingShare: 36 });
    expect(area(flagged, "LHD")).toMatchObject({ flagged: false });
    expect(area(await spending(pm, below), "MPR")).toMatchObject({ flagged: false });

    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const set = await call(fund, "PUT", "/api/fund-spending-threshold", { version: 1, thresholdPercent: 19 });
    expect(set.statusCode, set.body).toBe(200);
    expect(area(await spending(pm, atLimit), "MPR")).toMatchObject({ flagged: true });
    expect((await spending(pm, atLimit)).thresholdPercent).toBe(19);
  });

  it("tells apart a project not approved, one with no accepted report yet, and one overspent", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    const draft = await projectIn(pm, "draft", null);
    expect(await spending(pm, draft)).toMatchObject({
      state: "notApplicable",
      spent: null,
      areas: [],
      burnRate: null,
    });
    const waiting = await projectIn(pm, "approved", 5_000_000);
    await financialReport(waiting, 1, "2026-02-28", "submitted", [100, 100]);
    expect(await spending(pm, waiting)).toMatchObject({
      state: "noReport",
      spent: "0.00",
      unspent: "50000.00",
      report: null,
    });
    const over = await projectIn(pm, "closed", 1_000_000);
    await financialReport(over, 1, "2026-02-28", "accepted", [700_000, 400_000]);
    expect(await spending(pm, over)).toMatchObject({
      state: "overspent",
      unspent: "-1000.00",
      spentPercent: 110,
    });
  });

  it("lists the portfolio by variance and by unspent balance at the end date, with filters, and as Excel", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    const small = await projectIn(pm, "active", 10_000_000);
    await financialReport(small, 1, "2026-02-28", "accepted", [69_000, 31_000]);
    const big = await projectIn(pm, "active", 10_000_000);
    await financialReport(big, 1, "2026-02-28", "accepted", [50_000, 50_000]);
    const ended = await projectIn(
      pm,
      "closed",
      20_000_000,
      { start: "2024-01-01", end: "2025-12-31" },
      { fundLine: "L1" },
    );
    await financialReport(ended, 1, "2025-12-31", "accepted", [7_000_000, 3_000_000]);
    const endedNothing = await projectIn(pm, "active", 3_000_000, { start: "2025-01-01", end: "2026-04-30" });
    await projectIn(pm, "draft", null);

    const response = await call(pm, "GET", "/api/spending");
    expect(response.statusCode, response.body).toBe(200);
    const lists = response.json();
    expect(lists.thresholdPercent).toBe(20);
    expect(lists.byVariance.map((r: { projectId: string }) => r.projectId)).toEqual([big, small, ended]);
    expect(lists.byVariance[0]).toMatchObject({
      state: "flagged",
      variance: 66.67,
      flaggedAreas: [{ code: "MPR", share: 30, spendingShare: 50 }],
    });
    expect(
      lists.byUnspent.map((r: { projectId: string; unspent: string }) => [r.projectId, r.unspent]),
    ).toEqual([
      [ended, "100000.00"],
      [endedNothing, "30000.00"],
    ]);
    const line1 = (await call(pm, "GET", "/api/spending?fundLine=L1")).json();
    expect(line1.byVariance.map((r: { projectId: string }) => r.projectId)).toEqual([ended]);
    expect((await call(pm, "GET", "/api/spending?region=EEA")).json().byVariance).toEqual([]);
    expect((await call(pm, "GET", "/api/spending?yearFrom=2027")).json().byUnspent).toEqual([]);
    expect((await call(pm, "GET", "/api/spending?colour=red")).statusCode).toBe(400);

    const file = await call(pm, "GET", "/api/spending/export?list=unspent&lang=fr");
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("Non dépensé à la fin");
    expect(sheet?.getRow(2).getCell(10).value).toBe(100000);

    const projectFile = await call(pm, "GET", `/api/projects/${big}/spending/export`);
    expect(projectFile.statusCode, projectFile.body).toBe(200);
    const projectBook = new ExcelJS.Workbook();
    await projectBook.xlsx.load(projectFile.rawPayload as unknown as ArrayBuffer);
    expect(projectBook.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "By area of work",
      "By activity type",
    ]);
    const areas = projectBook.worksheets[1];
    expect(areas?.getRow(3).values).toEqual([
      undefined,
      "Migration policy and research",
      30,
      30000,
      500,
      0.017,
      0.5,
      66.67,
      "Yes",
    ]);
  });

  it("lets only the fund manager change the threshold: versioned (409), validated (400), audited", async () => {
    test = await startTestApp(kind);
    const fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const pm = await signIn(test, await buildUser(test.database.db, "pm", "WCA"));
    expect((await call(pm, "GET", "/api/fund-spending-threshold")).json()).toMatchObject({
      thresholdPercent: 20,
      version: 1,
      updatedBy: null,
    });
    expect(
      (await call(pm, "PUT", "/api/fund-spending-threshold", { version: 1, thresholdPercent: 30 }))
        .statusCode,
    ).toBe(403);
    for (const thresholdPercent of [-1, 12.5, 1001, "20"]) {
      const bad = await call(fund, "PUT", "/api/fund-spending-threshold", { version: 1, thresholdPercent });
      expect(bad.statusCode, String(thresholdPercent)).toBe(400);
      expect(bad.json().fields[0].field).toBe("thresholdPercent");
    }
    const set = await call(fund, "PUT", "/api/fund-spending-threshold", { version: 1, thresholdPercent: 25 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ thresholdPercent: 25, version: 2, updatedBy: { id: fund.user.id } });
    const stale = await call(fund, "PUT", "/api/fund-spending-threshold", {
      version: 1,
      thresholdPercent: 10,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ thresholdPercent: 25, version: 2 });
    expect((await call(pm, "GET", "/api/fund-spending-threshold")).json().thresholdPercent).toBe(25);
    const audits = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityType, "fundSpendingThreshold"));
    expect(audits).toEqual([
      expect.objectContaining({
        actorId: fund.user.id,
        before: { thresholdPercent: 20 },
        after: { thresholdPercent: 25 },
      }),
    ]);
  });
});

/**
 * Acceptance: one money rule splits a budget among its shares. A project whose shares are
 * 33.33 %, 33.33 % and 33.34 % (so that rounding matters, and two shares tie) has the same cents
 * per area of work and per activity type on its page's API, in the Excel export and in the
 * dashboard's table (a portfolio of this one project), for the requested and the approved budget.
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { shareAmounts } from "../../domain/allocation";
import type { FigureTable } from "../../domain/figures";
import { parseMoney } from "../../domain/money";
import type { ProjectDetail } from "../../domain/project";
import { projects } from "../db/schema";

const REQUESTED = "180000.11";
const APPROVED_CENTS = 17_000_011;
const AREAS = [
  { code: "MH", percent: 33.33 },
  { code: "LHD", percent: 33.33 },
  { code: "MA", percent: 33.34 },
];
const ACTIVITIES = [
  { code: "TRN", percent: 33.33 },
  { code: "RES", percent: 33.33 },
  { code: "AWR", percent: 33.34 },
];

type Cents = Record<string, number>;

describe.each(databaseKinds())("a project's share amounts are the same cents everywhere (%s)", (kind) => {
  let test: TestApp;
  let fund: Session;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
    const project = (await createProjectAs(test, pm, {
      requestedBudget: REQUESTED,
      areaShares: AREAS,
      activityShares: ACTIVITIES,
    })) as { id: string };
    projectId = project.id;
  });
  afterAll(async () => test?.close());

  async function get(url: string) {
    const response = await test.app.inject({ method: "GET", url, headers: fund.headers });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response;
  }

  async function onPage(): Promise<{ areas: Cents; activities: Cents }> {
    const detail = (await get(`/api/projects/${projectId}`)).json() as ProjectDetail;
    const cents = (shares: ProjectDetail["areaShares"]) =>
      Object.fromEntries(shares.map((s) => [s.code, parseMoney(s.amount) ?? Number.NaN]));
    return { areas: cents(detail.areaShares), activities: cents(detail.activityShares) };
  }

  async function inExcel(): Promise<{ areas: Cents; activities: Cents }> {
    const response = await get("/api/projects/export?format=xlsx&lang=en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    // Area and activity names are written in the sheet: map them back to codes through the API.
    const reference = (await get("/api/reference")).json() as Record<
      string,
      { code: string; name: Record<string, string> | string }[]
    >;
    const codeOf = new Map<string, string>();
    for (const list of ["areasOfWork", "activityTypes"]) {
      for (const item of reference[list] ?? []) {
        const name = typeof item.name === "string" ? item.name : (item.name.en ?? "");
        codeOf.set(name, item.code);
      }
    }
    const sheet = (name: string): Cents => {
      const cents: Cents = {};
      workbook.getWorksheet(name)?.eachRow((row, n) => {
        if (n === 1) return;
        const label = String(row.getCell(2).value);
        cents[codeOf.get(label) ?? label] = Math.round(Number(row.getCell(4).value) * 100);
      });
      return cents;
    };
    return { areas: sheet("Areas of work"), activities: sheet("Activity types") };
  }

  async function onDashboard(
    column: "approvedBudget" | "requestedBudget",
  ): Promise<{ areas: Cents; activities: Cents }> {
    const table = async (chart: string, key: string): Promise<Cents> => {
      const { tables } = (await get(`/api/dashboard/${chart}`)).json() as { tables: FigureTable[] };
      return Object.fromEntries((tables[0]?.rows ?? []).map((r) => [String(r[key]), Number(r[column])]));
    };
    return { areas: await table("areas", "area"), activities: await table("activities", "activity") };
  }

  const split = (cents: number, shares: { code: string; percent: number }[]): Cents => {
    const amounts = shareAmounts(
      cents,
      shares.map((s) => ({ code: s.code, hundredths: Math.round(s.percent * 100) })),
    );
    return Object.fromEntries(shares.map((s, i) => [s.code, amounts[i] ?? 0]));
  };

  it("the requested budget: page, Excel and dashboard agree with the domain rule", async () => {
    const expected = { areas: split(18_000_011, AREAS), activities: split(18_000_011, ACTIVITIES) };
    // Largest remainders: MA's fraction (.6674) gets a cent, then LHD ties with MH (.6663) and wins by code.
    expect(expected.areas).toEqual({ MH: 5_999_403, LHD: 5_999_404, MA: 6_001_204 });
    expect(expected.activities).toEqual({ TRN: 5_999_403, RES: 5_999_404, AWR: 6_001_204 });
    expect(await onPage()).toEqual(expected);
    expect(await inExcel()).toEqual(expected);
    expect(await onDashboard("requestedBudget")).toEqual(expected);
  });

  it("the approved budget, once there is one: page, Excel and dashboard agree", async () => {
    await test.database.db
      .update(projects)
      .set({ approvedBudgetCents: APPROVED_CENTS, version: 2 })
      .where(eq(projects.id, projectId));
    const expected = { areas: split(APPROVED_CENTS, AREAS), activities: split(APPROVED_CENTS, ACTIVITIES) };
    expect(Object.values(expected.areas).reduce((a, b) => a + b, 0)).toBe(APPROVED_CENTS);
    expect(await onPage()).toEqual(expected);
    expect(await inExcel()).toEqual(expected);
    expect(await onDashboard("approvedBudget")).toEqual(expected);
  });
});

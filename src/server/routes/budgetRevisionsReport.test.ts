/**
 * Acceptance: the budget revisions analysis report of the demo portfolio equals hand-written SQL
 * over budget_revisions (counts by outcome, net change of the approved ones to the cent), within
 * the read scope, with its Excel sheet.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Headers, signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { FigureTable } from "../../domain/figures";
import { seedDemoIfEmpty } from "../demo";

const TODAY = "2026-11-01";

describe.each(databaseKinds())("budget revisions analysis report (%s)", (kind) => {
  let test: TestApp;
  let fund: Headers;

  async function report(query = "", headers = fund): Promise<FigureTable[]> {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/analysis/budget-revisions?${query}`,
      headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { tables: FigureTable[] }).tables;
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    test.clock.now = new Date(`${TODAY}T09:00:00Z`);
    fund = await signInDemo(test, "fund@example.org");
  });
  afterAll(async () => test?.close());

  it("counts revisions by outcome and sums the approved ones' net change, by region and funding year", async () => {
    const revisions = await sqlRows<{ region: string | null; year: number; status: string; change: string }>(
      test.database.db,
      sql`select p.region_code as region, p.funding_year as year, r.status,
            (r.new_cents - r.previous_cents)::text as change
          from budget_revisions r join projects p on p.id = r.project_id`,
    );
    expect(revisions.some((r) => r.status === "approved")).toBe(true);
    expect(revisions.some((r) => r.status === "refused")).toBe(true);
    const expected = new Map<string, Record<string, number | string | null>>();
    for (const r of revisions) {
      const key = `${r.region}/${r.year}`;
      const row = expected.get(key) ?? {
        region: r.region,
        fundingYear: r.year,
        revisionsRequested: 0,
        revisionsApproved: 0,
        revisionsRefused: 0,
        revisionsPending: 0,
        netChange: 0,
      };
      row.revisionsRequested = Number(row.revisionsRequested) + 1;
      if (r.status === "approved") {
        row.revisionsApproved = Number(row.revisionsApproved) + 1;
        row.netChange = Number(row.netChange) + Number(r.change);
      }
      if (r.status === "refused") row.revisionsRefused = Number(row.revisionsRefused) + 1;
      if (r.status === "requested") row.revisionsPending = Number(row.revisionsPending) + 1;
      expected.set(key, row);
    }
    const [table] = await report();
    expect(table?.id).toBe("budgetRevisions");
    const actual = table?.rows ?? [];
    expect(actual.length).toBe(expected.size);
    for (const row of expected.values()) {
      expect(actual.find((r) => r.region === row.region && r.fundingYear === row.fundingYear)).toEqual(row);
    }
  });

  it("a regional viewer sees only their region's revisions", async () => {
    const viewer = await signIn(test, await buildUser(test.database.db, "viewer", "EHA"));
    const [table] = await report("", viewer.headers);
    expect(table?.rows.every((r) => r.region === "EHA")).toBe(true);
    const [all] = await report("region=EHA");
    expect(table?.rows).toEqual(all?.rows);
    const [widened] = await report("region=MENA", viewer.headers);
    expect(widened?.rows).toEqual([]);
    expect((await test.app.inject({ method: "GET", url: "/api/analysis/budget-revisions" })).statusCode).toBe(
      401,
    );
  });

  it("the Excel download holds the report's numbers", async () => {
    const [table] = await report();
    const response = await test.app.inject({
      method: "GET",
      url: "/api/analysis/budget-revisions/export?format=xlsx&lang=fr",
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Révisions budgétaires");
    expect(sheet?.rowCount).toBe((table?.rows.length ?? 0) + 1);
    expect(sheet?.getColumn(3).values.slice(2)).toEqual(table?.rows.map((r) => r.revisionsRequested));
    const net = sheet?.getColumn(7).values.slice(2) as number[];
    expect(net.map((v) => Math.round(Number(v) * 100))).toEqual(table?.rows.map((r) => r.netChange));
  });

  it("the project timeline shows each approved revision on the day decided, with its change", async () => {
    const [approved] = await sqlRows<{ project: string; day: string; change: string }>(
      test.database.db,
      sql`select project_id as project, to_char(decided_at at time zone 'UTC', 'YYYY-MM-DD') as day,
            (new_cents - previous_cents)::text as change
          from budget_revisions where status = 'approved' order by decided_at limit 1`,
    );
    expect(approved).toBeDefined();
    const response = await test.app.inject({
      method: "GET",
      url: `/api/projects/${approved?.project}/timeline`,
      headers: fund,
    });
    expect(response.statusCode, response.body).toBe(200);
    const revisions = (response.json() as { revisions: { decidedOn: string; change: string }[] }).revisions;
    expect(revisions).toContainEqual(
      expect.objectContaining({
        decidedOn: approved?.day,
        change: (Number(approved?.change) / 100).toFixed(2),
      }),
    );
  });
});

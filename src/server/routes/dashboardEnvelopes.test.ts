/**
 * Acceptance (issue 15, section 1): the dashboard's "Envelopes" chart shows, per funding year and
 * fund line, the same allocated, committed, pipeline, spent and available figures as the Fund
 * rules page; its Excel file holds exactly those numbers; the year and line filters narrow it;
 * and, like the Fund rules page, everyone signed in may read it (a matrix of callers).
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Headers, signInDemo } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { EnvelopeFigures } from "../../domain/envelopes";
import type { FigureTable } from "../../domain/figures";
import { parseMoney } from "../../domain/money";
import { seedDemoIfEmpty } from "../demo";

const CALLERS = ["pm", "reviewer", "fundManager", "viewer", "viewerElsewhere", "admin", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];
const EXPECTED: Record<Caller, number> = {
  pm: 200,
  reviewer: 200,
  fundManager: 200,
  viewer: 200,
  viewerElsewhere: 200,
  admin: 200,
  anonymous: 401,
};

describe.each(databaseKinds())("the dashboard's envelopes chart (%s)", (kind) => {
  let test: TestApp;
  let fund: Headers;
  let onPage: EnvelopeFigures[];

  async function envelopes(query = "", headers = fund) {
    const response = await test.app.inject({ url: `/api/dashboard/envelopes?${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    const tables = (response.json() as { tables: FigureTable[] }).tables;
    expect(tables.map((t) => t.id)).toEqual(["envelopes"]);
    return tables[0]?.rows ?? [];
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    fund = await signInDemo(test, "fund@example.org");
    const page = await test.app.inject({ url: "/api/fund-envelopes", headers: fund });
    expect(page.statusCode).toBe(200);
    onPage = (page.json() as { items: EnvelopeFigures[] }).items;
  });
  afterAll(async () => test?.close());

  it("shows each year and line's figures as the Fund rules page does, in cents", async () => {
    const rows = await envelopes();
    const cents = (decimal: string | null) => (decimal === null ? null : parseMoney(decimal));
    const expected = onPage
      .filter((e) => e.allocated !== null || [e.committed, e.pipeline, e.spent].some((v) => cents(v) !== 0))
      .map((e) => ({
        fundingYear: e.fundingYear,
        fundLine: e.fundLine,
        allocated: cents(e.allocated),
        committed: cents(e.committed),
        pipeline: cents(e.pipeline),
        spent: cents(e.spent),
        available: cents(e.available),
      }));
    expect(rows).toEqual(expected);
    // The demo sets envelopes and spends from them.
    expect(rows.filter((r) => r.allocated !== null).length).toBeGreaterThan(2);
    expect(rows.some((r) => Number(r.spent) > 0)).toBe(true);
    for (const row of rows) {
      if (row.allocated !== null) expect(row.available).toBe(Number(row.allocated) - Number(row.committed));
    }
  });

  it("is narrowed by the funding years and the fund line, and not by a project filter", async () => {
    const all = await envelopes();
    const year = Number(all.find((r) => r.allocated !== null)?.fundingYear);
    const narrowed = await envelopes(`yearFrom=${year}&yearTo=${year}&fundLine=L2`);
    expect(narrowed).toEqual(all.filter((r) => r.fundingYear === year && r.fundLine === "L2"));
    expect(await envelopes("region=WCA&status=active")).toEqual(all);
  });

  it("answers new figures as soon as an envelope changes, whatever wrote it (the answer is kept between requests)", async () => {
    const before = await envelopes();
    const row = before.find((r) => r.allocated !== null);
    if (!row) throw new Error("the demo sets envelopes");
    expect(await envelopes()).toEqual(before);
    // As a script or a second server would: straight to the table.
    await test.database.db.execute(
      sql`update fund_envelopes set allocated_cents = allocated_cents + 12345
        where funding_year = ${row.fundingYear} and fund_line = ${row.fundLine}`,
    );
    const after = await envelopes();
    const changed = after.find((r) => r.fundingYear === row.fundingYear && r.fundLine === row.fundLine);
    expect(changed).toMatchObject({
      allocated: Number(row.allocated) + 12345,
      available: Number(row.available) + 12345,
    });
    await test.database.db.execute(
      sql`update fund_envelopes set allocated_cents = allocated_cents - 12345
        where funding_year = ${row.fundingYear} and fund_line = ${row.fundLine}`,
    );
    expect(await envelopes()).toEqual(before);
  });

  it("its Excel download holds exactly the chart's numbers, with the lines' names", async () => {
    const response = await test.app.inject({
      url: "/api/dashboard/envelopes/export?format=xlsx&lang=en",
      headers: fund,
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Envelopes"]);
    const sheet = workbook.getWorksheet("Envelopes");
    if (!sheet) throw new Error("no Envelopes sheet");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Funding year",
      "Fund line",
      "Allocated (USD)",
      "Committed (USD)",
      "Pipeline (USD)",
      "Spent (USD)",
      "Available (USD)",
    ]);
    const rows = await envelopes();
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((row, i) => {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(values[0]).toBe(row.fundingYear);
      expect(values[1]).not.toBe(row.fundLine);
      expect(values.slice(2)).toEqual(
        ["allocated", "committed", "pipeline", "spent", "available"].map((key) =>
          row[key] === null ? null : Number(row[key]) / 100,
        ),
      );
    });
  });

  it.each(CALLERS)("the chart and its download answer %s as the matrix says", async (caller) => {
    const db = test.database.db;
    const sessions: Record<Exclude<Caller, "anonymous">, () => Promise<Headers>> = {
      pm: async () => (await signIn(test, await buildUser(db, "pm"))).headers,
      reviewer: async () => (await signIn(test, await buildUser(db, "reviewer", "WCA"))).headers,
      fundManager: async () => fund,
      viewer: async () => (await signIn(test, await buildUser(db, "viewer"))).headers,
      viewerElsewhere: async () => (await signIn(test, await buildUser(db, "viewer", "EEA"))).headers,
      admin: async () => (await signIn(test, await buildUser(db, "admin"))).headers,
    };
    const headers = caller === "anonymous" ? {} : await sessions[caller]();
    for (const url of ["/api/dashboard/envelopes", "/api/dashboard/envelopes/export?format=csv"]) {
      const response = await test.app.inject({ url, headers });
      expect(response.statusCode, `${caller} ${url}`).toBe(EXPECTED[caller]);
    }
  });
});

/** The per-donor Excel: the same rows as GET /api/cofunding/donors, within the reader's scope. */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

const source = (organisationName: string, amount: string, currency: string) => ({
  organisationName,
  organisationType: "40",
  organisationRef: null,
  amount,
  currency,
  status: "confirmed",
  date: "2026-03-15",
});

async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe.each(databaseKinds())("the per-donor Excel on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const get = (session: Session, url: string) =>
    test.app.inject({ method: "GET", url, headers: session.headers });

  it("has one row per donor, equal to the API's; a viewer elsewhere gets none", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const elsewhere = await signIn(test, await buildUser(db, "viewer", "EEA"));
    const a = await createProjectAs(test, pm);
    const b = await createProjectAs(test, pm);
    for (const [id, payload] of [
      [a.id, source("European Union", "1000.00", "EUR")],
      [b.id, source("European Union", "250.50", "USD")],
      [b.id, source("Japan", "150000", "JPY")],
    ] as const) {
      const r = await test.app.inject({
        method: "POST",
        url: `/api/projects/${id}/funding-sources`,
        headers: pm.headers,
        payload,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const api = await get(fund, "/api/cofunding/donors");
    const donors = api.json().items as {
      organisationName: string;
      projects: number;
      sources: number;
      usd: string;
      withoutRate: number;
      byCurrency: { currency: string; amount: string }[];
    }[];
    expect(donors).toHaveLength(2);

    const file = await get(fund, "/api/cofunding/donors/export");
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("spreadsheetml");
    const [header, ...rows] = await sheetRows(file.rawPayload);
    expect(header?.[0]).toBe("Organisation");
    expect(rows).toHaveLength(donors.length);
    rows.forEach((row, i) => {
      const d = donors[i];
      expect(row[0]).toBe(d?.organisationName);
      expect(row[3]).toBe(d?.projects);
      expect(row[4]).toBe(d?.sources);
      expect(row[5]).toBe(Number(d?.usd));
      expect(row[6]).toBe(d?.withoutRate);
      expect(row[7]).toBe(d?.byCurrency.map((c) => `${c.currency} ${c.amount}`).join("; "));
    });

    const outside = await get(elsewhere, "/api/cofunding/donors/export");
    expect(outside.statusCode).toBe(200);
    expect(await sheetRows(outside.rawPayload)).toHaveLength(1);

    const anonymous = await test.app.inject({ method: "GET", url: "/api/cofunding/donors/export" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("stays a readable file when a donor's name holds characters XML cannot (U+FFFF, controls)", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const project = await createProjectAs(test, pm);
    for (const name of ["Aa\uFFFF Fund\u0001", "Zz Agency"]) {
      const r = await test.app.inject({
        method: "POST",
        url: `/api/projects/${project.id}/funding-sources`,
        headers: pm.headers,
        payload: source(name, "10.00", "USD"),
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const file = await get(fund, "/api/cofunding/donors/export");
    expect(file.statusCode).toBe(200);
    // Every name is there, the one without what XML cannot hold, the next one whole.
    const rows = (await sheetRows(file.rawPayload)).slice(1);
    expect(rows.map((row) => row[0])).toEqual(["Aa Fund", "Zz Agency"]);
  });
});

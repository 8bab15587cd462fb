/** Co-funding over HTTP: funding sources in their currencies, exchange rates, CSV import, donors. */
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, setStatus, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { CURRENCY_CODES } from "../../domain/currencies";
import { MAX_RATE_CSV_ROWS } from "../../domain/exchangeRates";
import { auditEvents, currencyRates, projectFundingSources } from "../db/schema";

const EU = {
  organisationName: "European Union",
  organisationType: "40",
  organisationRef: "XI-IATI-EC_INTPA",
  amount: "100000.00",
  currency: "EUR",
  status: "confirmed",
  date: "2026-03-15",
};

describe.each(databaseKinds())("co-funding and currencies on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (session: Session, method: "GET" | "PUT" | "POST" | "DELETE", url: string, payload?: object) =>
    test.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

  async function setUp() {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const fund = await signIn(test, await buildUser(db, "fund_manager"));
    const project = await createProjectAs(test, pm);
    return { pm, fund, projectId: project.id as string };
  }

  it("a PM adds sources in three currencies; each says its USD value, rate and month, or that it has none", async () => {
    const { pm, fund, projectId } = await setUp();
    const url = `/api/projects/${projectId}/funding-sources`;
    const eu = await call(pm, "POST", url, EU);
    expect(eu.statusCode, eu.body).toBe(201);
    expect(eu.json()).toMatchObject({ amount: "100000.00", currency: "EUR", converted: null, version: 1 });

    const jp = await call(pm, "POST", url, {
      ...EU,
      organisationName: "Japan",
      organisationType: "10",
      organisationRef: "XM-DAC-701",
      amount: "15000000",
      currency: "jpy",
      date: "2026-04-02",
    });
    expect(jp.statusCode, jp.body).toBe(201);
    expect(jp.json()).toMatchObject({ amount: "15000000", currency: "JPY" });
    const kw = await call(pm, "POST", url, {
      ...EU,
      organisationName: "Kuwait Fund",
      organisationType: "10",
      organisationRef: null,
      amount: "25000.125",
      currency: "KWD",
      status: "pledged",
    });
    expect(kw.statusCode, kw.body).toBe(201);
    expect(kw.json().amount).toBe("25000.125");

    // Rates: EUR for March, JPY for February only (April uses the latest earlier month), none for KWD.
    expect(
      (await call(fund, "PUT", "/api/currency-rates/EUR/2026-03", { version: 0, rate: "1.0825" })).statusCode,
    ).toBe(200);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/JPY/2026-02", { version: 0, rate: "0.00671234" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/JPY/2026-05", { version: 0, rate: "0.007" })).statusCode,
    ).toBe(200);

    const list = (await call(pm, "GET", url)).json();
    expect(list.items.map((s: { converted: unknown }) => s.converted)).toEqual([
      { usd: "108250.00", rate: "1.08250000", rateMonth: "2026-03" },
      null,
      // 15,000,000 × 0.00671234 = 100,685.10, at February's rate: the latest before April
      { usd: "100685.10", rate: "0.00671234", rateMonth: "2026-02" },
    ]);
    expect(list.totals).toEqual({
      otherSourcesUsd: "208935.10",
      withoutRate: 1,
      fundRequestedUsd: "180000.00",
      fundApprovedUsd: null,
    });
    expect(list.can).toEqual({ edit: true });

    const audits = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "fundingSource"), eq(auditEvents.action, "create")));
    expect(audits).toHaveLength(3);
  });

  it("refuses wrong amounts field by field and saves nothing: unknown currency, JPY 1.5, negative, bad identifier", async () => {
    const { pm, projectId } = await setUp();
    const url = `/api/projects/${projectId}/funding-sources`;
    const cases: [object, string, string][] = [
      [{ currency: "XYZ" }, "currency", "currencyUnknown"],
      [{ currency: "JPY", amount: "1.5" }, "amount", "currencyDecimals"],
      [{ currency: "KWD", amount: "1.2345" }, "amount", "currencyDecimals"],
      [{ amount: "-5.00" }, "amount", "amount"],
      [{ amount: "1e5" }, "amount", "amount"],
      [{ organisationRef: "not an id" }, "organisationRef", "iatiOrgRef"],
      [{ organisationType: "99" }, "organisationType", "invalid_value"],
      [{ status: "promised" }, "status", "invalid_value"],
      [{ date: "2026-02-30" }, "date", "invalid_format"],
      [{ organisationName: "" }, "organisationName", "too_small"],
    ];
    for (const [change, field, code] of cases) {
      const response = await call(pm, "POST", url, { ...EU, ...change });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().fields, JSON.stringify(change)).toContainEqual(
        expect.objectContaining({ field, code }),
      );
    }
    expect(await test.database.db.select().from(projectFundingSources)).toHaveLength(0);
  });

  it("changes and removes a source with its version; a stale version gets 409 with the current one", async () => {
    const { pm, fund, projectId } = await setUp();
    const url = `/api/projects/${projectId}/funding-sources`;
    const created = (await call(pm, "POST", url, EU)).json();
    const changed = await call(fund, "PUT", `${url}/${created.id}`, {
      ...EU,
      status: "received",
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: "received", version: 2 });

    const stale = await call(pm, "PUT", `${url}/${created.id}`, { ...EU, amount: "1.00", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ status: "received", version: 2, amount: "100000.00" });

    expect((await call(pm, "DELETE", `${url}/${created.id}?version=1`)).statusCode).toBe(409);
    expect((await call(pm, "DELETE", `${url}/${created.id}?version=2`)).statusCode).toBe(204);
    expect((await call(pm, "GET", url)).json().items).toEqual([]);
    const trail = await test.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.id));
    expect(trail.map((t) => t.action).sort()).toEqual(["create", "delete", "update"]);
  });

  it("keeps sources as they are once the project is closed", async () => {
    const { pm, fund, projectId } = await setUp();
    const url = `/api/projects/${projectId}/funding-sources`;
    await setStatus(test.database.db, projectId, "active");
    expect((await call(pm, "POST", url, EU)).statusCode).toBe(201);
    await setStatus(test.database.db, projectId, "closed");
    expect((await call(pm, "POST", url, EU)).statusCode).toBe(403);
    expect((await call(fund, "POST", url, EU)).statusCode).toBe(403);
    expect((await call(pm, "GET", url)).json().can).toEqual({ edit: false });
  });

  it("rates: versioned, audited, validated; USD and unknown currencies are refused", async () => {
    const { fund } = await setUp();
    const first = await call(fund, "PUT", "/api/currency-rates/EUR/2026-01", { version: 0, rate: "1.1" });
    expect(first.json()).toMatchObject({ currency: "EUR", month: "2026-01", rate: "1.10000000", version: 1 });
    const again = await call(fund, "PUT", "/api/currency-rates/EUR/2026-01", { version: 0, rate: "1.2" });
    expect(again.statusCode).toBe(409);
    expect(again.json().current).toMatchObject({ rate: "1.10000000", version: 1 });
    const changed = await call(fund, "PUT", "/api/currency-rates/EUR/2026-01", {
      version: 1,
      rate: "1.12345678",
    });
    expect(changed.json()).toMatchObject({ rate: "1.12345678", version: 2 });

    const bad = await call(fund, "PUT", "/api/currency-rates/EUR/2026-02", {
      version: 0,
      rate: "1.123456789",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toContainEqual(expect.objectContaining({ field: "rate", code: "rate" }));
    expect(
      (await call(fund, "PUT", "/api/currency-rates/EUR/2026-02", { version: 0, rate: "0" })).statusCode,
    ).toBe(400);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/USD/2026-02", { version: 0, rate: "1" })).statusCode,
    ).toBe(400);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/ABC/2026-02", { version: 0, rate: "1" })).statusCode,
    ).toBe(400);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/EUR/2026-13", { version: 0, rate: "1" })).statusCode,
    ).toBe(400);

    const history = await test.database.db
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, "EUR/2026-01"));
    expect(history).toEqual(
      expect.arrayContaining([
        { before: null, after: { rate: "1.10000000" } },
        { before: { rate: "1.10000000" }, after: { rate: "1.12345678" } },
      ]),
    );
    expect((await call(fund, "GET", "/api/currency-rates")).json().items).toHaveLength(1);
  });

  it("imports a CSV of monthly rates: a dry run lists problems by line, a bad file writes nothing, a good one writes all", async () => {
    const { fund } = await setUp();
    await call(fund, "PUT", "/api/currency-rates/EUR/2026-01", { version: 0, rate: "1.1" });
    const bad =
      "currency,month,rate\nEUR,2026-01,1.09\nJPY,2026-1,0.0067\nXYZ,2026-01,2\nKWD,2026-01,abc\nEUR,2026-01,1.2\n";
    const dry = await call(fund, "POST", "/api/currency-rates/import", { csv: bad, dryRun: true });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().applied).toBe(false);
    expect(dry.json().problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`)).toEqual([
      "3:month",
      "4:currency",
      "5:rate",
      "6:line",
    ]);
    const refused = await call(fund, "POST", "/api/currency-rates/import", { csv: bad, dryRun: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toContainEqual(
      expect.objectContaining({ field: "csv.3.month", code: "monthFormat" }),
    );
    expect((await call(fund, "GET", "/api/currency-rates")).json().items).toEqual([
      expect.objectContaining({ currency: "EUR", month: "2026-01", rate: "1.10000000" }),
    ]);

    const good =
      "currency,month,rate\r\nEUR,2026-01,1.09\r\nEUR,2026-02,1.1\r\nJPY,2026-01,0.0067\r\nKWD,2026-01,3.25\r\n";
    const preview = (
      await call(fund, "POST", "/api/currency-rates/import", { csv: good, dryRun: true })
    ).json();
    expect(preview).toMatchObject({ applied: false, created: 3, updated: 1, unchanged: 0, problems: [] });
    expect((await call(fund, "GET", "/api/currency-rates")).json().items).toHaveLength(1);
    const done = (await call(fund, "POST", "/api/currency-rates/import", { csv: good })).json();
    expect(done).toMatchObject({ applied: true, created: 3, updated: 1 });
    const rates = (await call(fund, "GET", "/api/currency-rates")).json().items;
    expect(rates).toHaveLength(4);
    expect(rates[0]).toMatchObject({ currency: "EUR", month: "2026-01", rate: "1.09000000", version: 2 });
    const header = await call(fund, "POST", "/api/currency-rates/import", {
      csv: "code;when;value\n",
      dryRun: true,
    });
    expect(header.json().problems).toEqual([expect.objectContaining({ line: 1, code: "rateCsvHeader" })]);
  });

  it("converts the largest amounts exactly to the cent, and refuses one cent above the largest", async () => {
    const { pm, fund, projectId } = await setUp();
    const url = `/api/projects/${projectId}/funding-sources`;
    const rate = await call(fund, "PUT", "/api/currency-rates/ISK/2026-03", {
      version: 0,
      rate: "999999.99999999",
    });
    expect(rate.statusCode, rate.body).toBe(200);
    const isk = await call(pm, "POST", url, { ...EU, amount: "999999999999", currency: "ISK" });
    expect(isk.statusCode, isk.body).toBe(201);
    // 999,999,999,999 × 999,999.99999999, beyond what a JavaScript number holds to the cent.
    expect(isk.json().converted.usd).toBe("999999999998990000.00");
    const list = (await call(pm, "GET", url)).json();
    expect(list.totals.otherSourcesUsd).toBe("999999999998990000.00");
    const donors = (await call(fund, "GET", "/api/cofunding/donors")).json().items;
    expect(donors[0].usd).toBe("999999999998990000.00");

    const largest = await call(pm, "POST", url, { ...EU, amount: "1000000000000.00", currency: "USD" });
    expect(largest.statusCode, largest.body).toBe(201);
    for (const amount of ["1000000000000.01", "1000000000001"]) {
      const above = await call(pm, "POST", url, { ...EU, amount, currency: "USD" });
      expect(above.statusCode, above.body).toBe(400);
      expect(above.json().fields.map((f: { field: string }) => f.field)).toEqual(["amount"]);
    }
  });

  it("imports 10,000 rates in one file, each audited, and refuses a file of one more", async () => {
    const { fund } = await setUp();
    await call(fund, "PUT", "/api/currency-rates/EUR/2000-01", { version: 0, rate: "0.9" });
    const currencies = CURRENCY_CODES.filter((c) => c !== "USD").slice(0, 50);
    const lines: string[] = [];
    for (const currency of currencies)
      for (let m = 0; m < 200; m++)
        lines.push(`${currency},${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")},1.5`);
    expect(lines).toHaveLength(MAX_RATE_CSV_ROWS);
    expect(currencies).toContain("EUR");

    const tooMany = await call(fund, "POST", "/api/currency-rates/import", {
      csv: `currency,month,rate\n${[...lines, "CHF,2030-01,1.1"].join("\n")}\n`,
      dryRun: true,
    });
    expect(tooMany.json()).toMatchObject({
      applied: false,
      problems: [{ line: 1, code: "rateCsvTooMany", params: { max: MAX_RATE_CSV_ROWS } }],
    });

    const imported = await call(fund, "POST", "/api/currency-rates/import", {
      csv: `currency,month,rate\n${lines.join("\n")}\n`,
      dryRun: false,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({
      applied: true,
      created: MAX_RATE_CSV_ROWS - 1,
      updated: 1,
      unchanged: 0,
    });
    const db = test.database.db;
    expect(await db.$count(currencyRates)).toBe(MAX_RATE_CSV_ROWS);
    expect(await db.$count(auditEvents, eq(auditEvents.entityType, "currencyRate"))).toBe(
      MAX_RATE_CSV_ROWS + 1,
    );
    const [eur] = await db
      .select()
      .from(currencyRates)
      .where(and(eq(currencyRates.currency, "EUR"), eq(currencyRates.month, "2000-01")));
    expect(eur).toMatchObject({ rateE8: 150_000_000n, version: 2 });
  });

  it("a rate's history: every change, newest first, who made it, from what to what, set or imported", async () => {
    const { pm, fund } = await setUp();
    const history = (url: string) => call(pm, "GET", `/api/currency-rates/${url}/history`);
    expect((await history("EUR/2026-03")).statusCode).toBe(404);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/EUR/2026-03", { version: 0, rate: "1.08" })).statusCode,
    ).toBe(200);
    expect(
      (await call(fund, "PUT", "/api/currency-rates/EUR/2026-03", { version: 1, rate: "1.0825" })).statusCode,
    ).toBe(200);
    const imported = await call(fund, "POST", "/api/currency-rates/import", {
      csv: "currency,month,rate\nEUR,2026-03,1.09\nEUR,2026-04,1.1\n",
      dryRun: false,
    });
    expect(imported.statusCode, imported.body).toBe(200);

    const march = await history("EUR/2026-03");
    expect(march.statusCode, march.body).toBe(200);
    expect(march.json().items).toEqual([
      expect.objectContaining({ before: "1.08250000", after: "1.09000000", how: "imported" }),
      expect.objectContaining({ before: "1.08000000", after: "1.08250000", how: "set" }),
      expect.objectContaining({
        before: null,
        after: "1.08000000",
        how: "set",
        by: { id: fund.user.id, name: "Test fund_manager" },
      }),
    ]);
    // A rate written straight to the table (the demo's, a script's) has no audit entry: its row stands.
    await test.database.db.insert(currencyRates).values({
      currency: "CHF",
      month: "2026-01",
      rateE8: 113_000_000n,
      updatedAt: new Date("2026-01-31T12:00:00Z"),
    });
    expect((await history("CHF/2026-01")).json().items).toEqual([
      { at: "2026-01-31T12:00:00.000Z", by: null, before: null, after: "1.13000000", how: "recorded" },
    ]);
    // A page reads it as the other rates: any signed-in person; April has its one import.
    expect((await history("EUR/2026-04")).json().items).toHaveLength(1);
    expect((await history("EUR/2026-13")).statusCode).toBe(400);
    expect((await history("eur/2026-03")).statusCode).toBe(400);
    expect(
      (await test.app.inject({ method: "GET", url: "/api/currency-rates/EUR/2026-03/history" })).statusCode,
    ).toBe(401);
  });

  it("totals per donor across the portfolio, in USD and per currency", async () => {
    const { pm, fund, projectId } = await setUp();
    const other = (await createProjectAs(test, pm)).id as string;
    await call(fund, "PUT", "/api/currency-rates/EUR/2026-03", { version: 0, rate: "1.1" });
    await call(pm, "POST", `/api/projects/${projectId}/funding-sources`, EU);
    await call(pm, "POST", `/api/projects/${other}/funding-sources`, { ...EU, amount: "0.01" });
    await call(pm, "POST", `/api/projects/${other}/funding-sources`, { ...EU, date: "2025-12-01" });
    const donors = (await call(pm, "GET", "/api/cofunding/donors")).json().items;
    expect(donors).toEqual([
      {
        organisationName: "European Union",
        organisationType: "40",
        organisationRef: "XI-IATI-EC_INTPA",
        projects: 2,
        sources: 3,
        usd: "110000.01",
        withoutRate: 1,
        byCurrency: [{ currency: "EUR", amount: "200000.01" }],
      },
    ]);
  });
});

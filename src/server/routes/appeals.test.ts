/**
 * Acceptance: the 2016 funding requirements of seed 001 are imported with the demo portfolio,
 * importing again changes nothing, and every comparison figure equals a hand-written SQL query
 * over the same data (a regional viewer sees only their region).
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Headers } from "../../../test/demoPortfolio";
import { buildUser, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { seedDemoIfEmpty } from "../demo";
import { importAppeal2016 } from "../services/appeal/importAppeal";

type Row = Record<string, string | number | null>;

function rowsOf<T>(test: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  return sqlRows<T>(test.database.db, query);
}

function multipart(fields: Record<string, string>, content: string) {
  const boundary = `----prima${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="appeal.txt"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return { body: Buffer.from(parts.join("")), contentType: `multipart/form-data; boundary=${boundary}` };
}

const FUNDED = sql`p.status in ('approved', 'active', 'closed') and p.approved_budget_cents is not null`;

describe.each(databaseKinds())("the 2016 appeal against funded projects (%s)", (kind) => {
  let test: TestApp;
  let fund: Headers;
  let regionalViewer: Headers;

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    fund = (await signIn(test, await buildUser(test.database.db, "fund_manager"))).headers;
    regionalViewer = (await signIn(test, await buildUser(test.database.db, "viewer", "WCA"))).headers;
  });
  afterAll(async () => test?.close());

  const get = async (url: string, headers: Headers = fund) =>
    test.app.inject({ method: "GET", url, headers });
  const comparison = async (query: string, headers: Headers = fund) => {
    const response = await get(`/api/appeals/2016/comparison?${query}`, headers);
    expect(response.statusCode).toBe(200);
    return (response.json() as { tables: { id: string; rows: Row[] }[] }).tables[0]?.rows ?? [];
  };

  it("lists the demo's 2016 appeal with seed 001's detailed total", async () => {
    const response = await get("/api/appeals");
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ code: "2016", year: 2016, requirements: 662, totalCents: 194_696_900_000 }),
    ]);
  });

  it("imports the same text again without changing a figure, and audits each import", async () => {
    const before = await rowsOf<{ n: number; total: string }>(
      test,
      sql`select count(*)::int as n, sum(amount_cents)::text as total from appeal_requirements`,
    );
    const again = await importAppeal2016(test.database.db, null, new Date("2026-03-02T09:00:00Z"));
    expect(again.ok && again.replacedRows).toBe(662);
    const after = await rowsOf<{ n: number; total: string }>(
      test,
      sql`select count(*)::int as n, sum(amount_cents)::text as total from appeal_requirements`,
    );
    expect(after).toEqual(before);
    const audits = await rowsOf<{ n: number }>(
      test,
      sql`select count(*)::int as n from audit_events where entity_type = 'appeal' and action = 'import'`,
    );
    expect(audits[0]?.n).toBe(2);
  });

  it("by region for 2016: required and funded equal SQL over the requirements and the projects", async () => {
    const rows = await comparison("by=region&fundingYear=2016");
    const required = await rowsOf<{ region: string | null; cents: string }>(
      test,
      sql`select region_code as region, sum(amount_cents)::text as cents from appeal_requirements group by region_code`,
    );
    const funded = await rowsOf<{ region: string | null; cents: string; n: number }>(
      test,
      sql`select p.region_code as region, sum(p.approved_budget_cents)::text as cents, count(*)::int as n
        from projects p where ${FUNDED} and p.funding_year = 2016 group by p.region_code`,
    );
    expect(funded.length).toBeGreaterThan(0);
    for (const expected of required) {
      const row = rows.find((r) => r.row !== "total" && r.region === expected.region);
      expect(row?.required).toBe(Number(expected.cents));
    }
    for (const expected of funded) {
      const row = rows.find((r) => r.row !== "total" && r.region === expected.region);
      expect(row?.funded).toBe(Number(expected.cents));
      expect(row?.projects).toBe(expected.n);
    }
    const eha = rows.find((r) => r.region === "EHA");
    expect(eha?.required).toBe(20_762_500_000);
    expect(eha?.coverage).toBe(Math.round(((eha?.funded as number) * 10_000) / 20_762_500_000) / 100);
    const total = rows.at(-1);
    expect(total).toMatchObject({ row: "total", required: 194_696_900_000 });
    expect(total?.funded).toBe(funded.reduce((sum, r) => sum + Number(r.cents), 0));
    expect(rows.find((r) => r.region === null && r.row === "multiRegional")?.required).toBe(5_234_500_000);
  });

  it("by country: each project's budget split evenly among its countries, to the cent", async () => {
    const rows = await comparison("by=country&fundingYear=2016&fundLine=L1");
    // The leftover cents of a split go to the first countries in code order.
    const bySql = await rowsOf<{ country: string; cents: string }>(
      test,
      sql`select pc.country_iso3 as country, sum(
          p.approved_budget_cents / (select count(*) from project_countries a where a.project_id = p.id)
          + case when (select count(*) from project_countries b where b.project_id = p.id and b.country_iso3 < pc.country_iso3)
              < p.approved_budget_cents % (select count(*) from project_countries a where a.project_id = p.id) then 1 else 0 end
        )::text as cents
        from projects p join project_countries pc on pc.project_id = p.id
        where ${FUNDED} and p.funding_year = 2016 and p.fund_line = 'L1' group by pc.country_iso3`,
    );
    expect(bySql.length).toBeGreaterThan(0);
    for (const expected of bySql) {
      expect(rows.find((r) => r.country === expected.country)?.funded).toBe(Number(expected.cents));
    }
    expect(rows.find((r) => r.country === "BDI")?.required).toBe(1_500_000_000);
    expect(rows.find((r) => r.region === "WCA" && r.row === "regionalProgrammes")?.required).toBe(
      8_910_000_000,
    );
    expect(rows.find((r) => r.region === "SAF" && r.country === null)?.row).toBe("regionWide");
    const total = await rowsOf<{ cents: string }>(
      test,
      sql`select coalesce(sum(p.approved_budget_cents), 0)::text as cents from projects p
        where ${FUNDED} and p.funding_year = 2016 and p.fund_line = 'L1'`,
    );
    expect(rows.at(-1)?.funded).toBe(Number(total[0]?.cents));
  });

  it("by area of work: each project's budget split by its shares, to the cent", async () => {
    const rows = await comparison("by=area");
    const bySql = await rowsOf<{ area: string; cents: string }>(
      test,
      sql`select s.area_code as area, sum(
          p.approved_budget_cents * s.share_hundredths / 10000
          + case when (select count(*) from project_area_shares o where o.project_id = p.id and
              ((p.approved_budget_cents * o.share_hundredths) % 10000 > (p.approved_budget_cents * s.share_hundredths) % 10000
               or ((p.approved_budget_cents * o.share_hundredths) % 10000 = (p.approved_budget_cents * s.share_hundredths) % 10000
                   and o.area_code < s.area_code)))
            < p.approved_budget_cents - (select sum(p.approved_budget_cents * o.share_hundredths / 10000)
                from project_area_shares o where o.project_id = p.id) then 1 else 0 end
        )::text as cents
        from projects p join project_area_shares s on s.project_id = p.id where ${FUNDED} group by s.area_code`,
    );
    expect(bySql).toHaveLength(7);
    for (const expected of bySql) {
      expect(rows.find((r) => r.area === expected.area)?.funded).toBe(Number(expected.cents));
    }
    expect(rows.find((r) => r.area === "EPC")?.required).toBe(73_896_000_000);
    expect(rows.find((r) => r.row === "notBrokenDown")).toMatchObject({
      area: null,
      required: 5_234_500_000,
    });
    const total = await rowsOf<{ cents: string }>(
      test,
      sql`select sum(p.approved_budget_cents)::text as cents from projects p where ${FUNDED}`,
    );
    expect(rows.at(-1)?.funded).toBe(Number(total[0]?.cents));
  });

  it("shows a viewer of one region only that region's requirements and projects", async () => {
    const rows = await comparison("by=region", regionalViewer);
    expect(rows.map((r) => r.region)).toEqual(["WCA", null]);
    const funded = await rowsOf<{ cents: string }>(
      test,
      sql`select sum(p.approved_budget_cents)::text as cents from projects p where ${FUNDED} and p.region_code = 'WCA'`,
    );
    expect(rows[0]).toMatchObject({ required: 40_240_000_000, funded: Number(funded[0]?.cents) });
    const areas = await comparison("by=area", regionalViewer);
    expect(areas.at(-1)?.required).toBe(40_240_000_000);
  });

  it("exports the same numbers as Excel, with names in the chosen language", async () => {
    const rows = await comparison("by=region&fundingYear=2016");
    const response = await get(
      "/api/appeals/2016/comparison/export?format=xlsx&by=region&fundingYear=2016&lang=fr",
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain("prima-appeal-2016-by-region.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("Besoins par région");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Région",
      "Besoins (USD)",
      "Financé (USD)",
      "Couverture (%)",
      "Projets",
    ]);
    const eha = sheet?.getRow(3).values as unknown[];
    expect(eha[1]).toBe("Afrique de l'Est et Corne de l'Afrique");
    expect(eha[2]).toBe(207_625_000);
    expect(eha[3]).toBe((rows[1]?.funded as number) / 100);
    expect(sheet?.getRow(rows.length + 1).getCell(1).value).toBe("Total");
    const csv = await get("/api/appeals/2016/comparison/export?format=csv&by=area");
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("Not broken down,52345000.00");
  });

  it("lets a fund manager import an appeal over HTTP, and lists every unreadable line without writing", async () => {
    const text = [
      "\tEast and Horn of Africa\tMulti-regional\tTotal",
      "Migration health\t1,500\t-\t1,500",
      "Multiregional\t-\t500\t500",
      "Total\t1,500\t500\t2,000",
      "",
      "East and Horn of Africa",
      "\tMigration health\tTotal",
      "Kenya\t1,000\t1,000",
      "Regional programmes\t400\t400",
      "Total\t1,400\t1,400",
    ].join("\n");
    const post = (headers: Headers, fields: Record<string, string>, content: string) => {
      const form = multipart(fields, content);
      return test.app.inject({
        method: "POST",
        url: "/api/appeals",
        headers: { ...headers, "content-type": form.contentType },
        payload: form.body,
      });
    };
    const fields = { code: "T-1", title: "A test appeal", year: "2017" };
    expect((await post(regionalViewer, fields, text)).statusCode).toBe(403);
    const created = await post(fund, fields, text);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: "T-1",
      rows: 3,
      totalCents: 190_000,
      overviewTotalCents: 200_000,
    });
    expect(created.json().warnings.map((w: { code: string }) => w.code)).toContain("overviewDiffers");
    const list = (await get("/api/appeals")).json().items as { code: string; totalCents: number }[];
    expect(list.find((a) => a.code === "T-1")?.totalCents).toBe(190_000);

    const broken = await post(
      fund,
      { ...fields, code: "T-2" },
      text.replace("Kenya\t1,000", "Atlantis\t1,000"),
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().fields).toEqual([
      {
        field: "file",
        code: "unknownName",
        message: 'Line 8: Unknown country: "Atlantis"',
        params: { line: 8 },
      },
    ]);
    const badFields = await post(fund, { code: "no spaces allowed", title: "", year: "1066" }, text);
    expect(badFields.statusCode).toBe(400);
    expect(
      badFields
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["code", "title", "year"]);
    const after = (await get("/api/appeals")).json().items as { code: string }[];
    expect(after.map((a) => a.code)).toEqual(["2016", "T-1"]);
  });

  it("refuses a signed-out caller, a bad grouping and an unknown appeal", async () => {
    for (const url of [
      "/api/appeals",
      "/api/appeals/2016/comparison",
      "/api/appeals/2016/comparison/export",
    ]) {
      expect((await test.app.inject({ method: "GET", url })).statusCode).toBe(401);
    }
    const bad = await get("/api/appeals/2016/comparison?by=planet&fundingyear=2016");
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["by"]));
    expect(bad.body).not.toMatch(/\n\s+at /);
    expect((await get("/api/appeals/1999/comparison")).statusCode).toBe(404);
  });
});

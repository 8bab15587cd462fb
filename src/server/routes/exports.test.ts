/**
 * Acceptance: the Excel export of the demo list opens in LibreOffice and its figures equal the
 * API's; the CSV says the same and survives quotes, commas and line breaks; the IATI export of
 * the demo portfolio validates against the IATI 2.03 schema; and every export stays within what
 * the user may read.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { sqlRows } from "../../../test/sqlRows";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { ProjectSummary } from "../../domain/project";
import { projects } from "../db/schema";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "../demo";

const run = promisify(execFile);
const IATI_DIR = fileURLToPath(new URL("../exports/iati-2.03/", import.meta.url));
const TRICKY_TITLE = 'Return and "reintegration", Ghana, Togo\nand Benin';

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** "80,210.00" or "80210" → cents. */
const cents = (text: string) => Math.round(Number(text.replace(/,/g, "")) * 100);
const apiCents = (decimal: string) => Math.round(Number(decimal) * 100);

describe.each(databaseKinds())("project exports on the demo portfolio (%s)", (kind) => {
  let test: TestApp;
  let fund: Record<string, string>;
  let regionViewer: Session;
  let workDir: string;
  let listed: ProjectSummary[];

  async function signInDemo(email: string) {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "prima_session");
    return { cookie: `prima_session=${cookie?.value}` };
  }

  /** Every page of the project list, by code. */
  async function apiList(headers: Record<string, string>, filters = ""): Promise<ProjectSummary[]> {
    const items: ProjectSummary[] = [];
    for (let page = 1; ; page++) {
      const response = await test.app.inject({
        url: `/api/projects?sort=code&order=asc&pageSize=100&page=${page}${filters}`,
        headers,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: ProjectSummary[]; total: number };
      items.push(...body.items);
      if (body.items.length < 100) {
        expect(items).toHaveLength(body.total);
        return items;
      }
    }
  }

  async function download(query: string, headers: Record<string, string> = fund) {
    return test.app.inject({ url: `/api/projects/export?${query}`, headers });
  }

  async function openInLibreOffice(xlsx: Buffer, name: string): Promise<string[][]> {
    const file = path.join(workDir, `${name}.xlsx`);
    await writeFile(file, xlsx);
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(workDir, "lo-profile")}`,
        "--headless",
        "--convert-to",
        // Comma-separated, double quotes, UTF-8 (76), from the first line.
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        path.join(workDir, "lo"),
        file,
      ],
      { timeout: 600_000 },
    );
    return parseCsv(await readFile(path.join(workDir, "lo", `${name}.csv`), "utf8"));
  }

  beforeAll(async () => {
    test = await startTestApp(kind);
    await seedDemoIfEmpty(test.database.db);
    // One title with everything CSV must quote.
    const [first] = await test.database.db
      .select({ id: projects.id })
      .from(projects)
      .orderBy(projects.code)
      .limit(1);
    await test.database.db
      .update(projects)
      .set({ title: TRICKY_TITLE })
      .where(eq(projects.id, first?.id ?? ""));
    fund = await signInDemo("fund@example.org");
    regionViewer = await signIn(test, await buildUser(test.database.db, "viewer", "WCA"));
    workDir = await mkdtemp(path.join(tmpdir(), "prima-exports-"));
    listed = await apiList(fund);
  });
  afterAll(async () => {
    await test?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("the Excel export opens in LibreOffice and its figures equal the API's", async () => {
    const response = await download("format=xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="prima-projects-.*\.xlsx"/);

    const [heading, ...rows] = await openInLibreOffice(response.rawPayload, "all");
    expect(heading?.slice(0, 3)).toEqual(["Code", "Title", "Status"]);
    const column = (name: string) => heading?.indexOf(name) ?? -1;
    expect(rows).toHaveLength(listed.length);
    expect(listed.length).toBeGreaterThan(200);
    expect(rows.map((r) => r[column("Code")])).toEqual(listed.map((p) => p.code));
    expect(rows.map((r) => r[column("Title")])).toEqual(listed.map((p) => p.title));
    expect(rows.map((r) => cents(r[column("Requested (USD)")] ?? ""))).toEqual(
      listed.map((p) => apiCents(p.requestedBudget)),
    );
    expect(rows.map((r) => r[column("Funding year")])).toEqual(listed.map((p) => String(p.fundingYear)));
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(total(rows.map((r) => cents(r[column("Requested (USD)")] ?? "")))).toBe(
      total(listed.map((p) => apiCents(p.requestedBudget))),
    );

    // Approved budgets of a few projects, from their own pages.
    for (const project of listed.filter((p) => p.status === "active").slice(0, 5)) {
      const detail = (await test.app.inject({ url: `/api/projects/${project.id}`, headers: fund })).json();
      const row = rows.find((r) => r[column("Code")] === project.code);
      expect(cents(row?.[column("Approved (USD)")] ?? "")).toBe(apiCents(detail.approvedBudget));
      expect(row?.[column("Planned start")]).toBe(detail.plannedStart);
    }
  });

  it("the workbook has typed cells, money formats, a frozen header and autofilters on every sheet", async () => {
    const response = await download("format=xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Projects",
      "Areas of work",
      "Activity types",
      "Beneficiaries",
      "Reports",
      "Budget by year",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBeGreaterThan(listed.length);
    }
    const projectsSheet = workbook.getWorksheet("Projects");
    if (!projectsSheet) throw new Error("no Projects sheet");
    const headings = (projectsSheet.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, heading: string) =>
      projectsSheet.getRow(row).getCell(headings.indexOf(heading) + 1);
    expect(cell(2, "Funding year")?.value).toBe(listed[0]?.fundingYear);
    expect(cell(2, "Requested (USD)")?.value).toBe(apiCents(listed[0]?.requestedBudget ?? "0") / 100);
    expect(cell(2, "Requested (USD)")?.numFmt).toBe("#,##0.00");
    expect(cell(2, "Planned start")?.value).toBeInstanceOf(Date);
    expect((cell(2, "Planned start").value as Date).toISOString().slice(0, 10)).toBe(listed[0]?.plannedStart);
    expect(cell(2, "Title")?.value).toBe(TRICKY_TITLE);

    // Each project's areas of work add up to 100 % and to its budget.
    const areas = workbook.getWorksheet("Areas of work");
    const shares = new Map<string, number>();
    areas?.eachRow((row, n) => {
      if (n === 1) return;
      const share = row.getCell(3);
      expect(typeof share.value).toBe("number");
      expect(share.numFmt).toContain("%");
      const code = String(row.getCell(1).value);
      shares.set(code, (shares.get(code) ?? 0) + Math.round((share.value as number) * 10_000));
    });
    expect(shares.size).toBe(listed.length);
    for (const total of shares.values()) expect(total).toBe(10_000);

    const reports = workbook.getWorksheet("Reports");
    const dueDates = reports?.getColumn(7).values.slice(2) ?? [];
    expect(dueDates.length).toBeGreaterThan(0);
    for (const due of dueDates) expect(due).toBeInstanceOf(Date);

    // Each project's years add up to its requested budget to the cent, the first starting on its start.
    const years = workbook.getWorksheet("Budget by year");
    const requestedByCode = new Map<string, number>();
    const firstStart = new Map<string, string>();
    years?.eachRow((row, n) => {
      if (n === 1) return;
      const code = String(row.getCell(1).value);
      if (!firstStart.has(code))
        firstStart.set(code, (row.getCell(2).value as Date).toISOString().slice(0, 10));
      requestedByCode.set(
        code,
        (requestedByCode.get(code) ?? 0) + Math.round((row.getCell(4).value as number) * 100),
      );
    });
    for (const project of listed) {
      expect(requestedByCode.get(project.code)).toBe(apiCents(project.requestedBudget));
      expect(firstStart.get(project.code)).toBe(project.plannedStart);
    }
  });

  it("the CSV holds the same figures, and quotes, commas and line breaks survive", async () => {
    const response = await download("format=csv");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    const [heading, ...rows] = parseCsv(response.body.slice(1));
    const column = (name: string) => heading?.indexOf(name) ?? -1;
    expect(rows).toHaveLength(listed.length);
    expect(rows.map((r) => r[column("Code")])).toEqual(listed.map((p) => p.code));
    expect(rows.map((r) => r[column("Title")])).toEqual(listed.map((p) => p.title));
    expect(rows[0]?.[column("Title")]).toBe(TRICKY_TITLE);
    expect(rows.map((r) => cents(r[column("Requested (USD)")] ?? ""))).toEqual(
      listed.map((p) => apiCents(p.requestedBudget)),
    );
    expect(rows.map((r) => r[column("Countries (ISO)")])).toEqual(listed.map((p) => p.countries.join(" ")));
  });

  it("headings follow ?lang= and Accept-Language", async () => {
    const french = await download("format=csv&lang=fr");
    expect(french.body.slice(1).split(",")[2]).toBe("Statut");
    const spanish = await download("format=csv", { ...fund, "accept-language": "es-ES,es;q=0.9,en;q=0.5" });
    expect(spanish.body.slice(1).split(",")[1]).toBe("Título");
  });

  it("the IATI export of the demo portfolio validates against the IATI 2.03 schema", async () => {
    const response = await download("format=iati");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/xml");
    const file = path.join(workDir, "activities.xml");
    await writeFile(file, response.rawPayload);
    const lint = await run("xmllint", [
      "--noout",
      "--schema",
      path.join(IATI_DIR, "iati-activities-schema.xsd"),
      file,
    ]).catch((error: { stderr: string; code: number }) => error);
    expect("code" in lint ? lint.stderr : "").toBe("");

    const xml = response.body;
    expect(xml.match(/<iati-activity /g)).toHaveLength(listed.length);
    expect(xml).toContain(`<iati-identifier>XM-DAC-47066-${listed[1]?.code}</iati-identifier>`);

    // Every code used is in its code list.
    const codeList = async (name: string) =>
      new Set(
        [
          ...(await readFile(path.join(IATI_DIR, "codelists", `${name}.xml`), "utf8")).matchAll(
            /<code>([^<]+)<\/code>/g,
          ),
        ].map((m) => m[1]),
      );
    const used = (pattern: RegExp) => new Set([...xml.matchAll(pattern)].map((m) => m[1]));
    const checks: [string, RegExp][] = [
      ["Sector", /<sector vocabulary="1" code="([^"]+)"/g],
      ["Country", /<recipient-country code="([^"]+)"/g],
      ["Region", /<recipient-region code="([^"]+)"/g],
      ["ActivityStatus", /<activity-status code="([^"]+)"/g],
      ["PolicySignificance", /significance="([^"]+)"/g],
      ["IndicatorMeasure", /measure="([^"]+)"/g],
      ["ResultType", /<result type="([^"]+)"/g],
    ];
    for (const [list, pattern] of checks) {
      const codes = await codeList(list);
      const found = used(pattern);
      expect(found.size, list).toBeGreaterThan(0);
      for (const code of found) expect(codes.has(code), `${list} ${code}`).toBe(true);
    }

    // Recipient percentages and sector percentages each add up to 100 per activity.
    for (const activity of xml.split("<iati-activity ").slice(1)) {
      const sum = (pattern: RegExp) =>
        [...activity.matchAll(pattern)].reduce((total, m) => total + Math.round(Number(m[1]) * 100), 0);
      expect(sum(/<recipient-(?:country|region) [^>]*percentage="([^"]+)"/g)).toBe(10_000);
      expect(sum(/<sector [^>]*percentage="([^"]+)"/g)).toBe(10_000);
    }
  });

  it("a viewer limited to a region exports only that region, as the list shows them", async () => {
    const theirs = await apiList(regionViewer.headers);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(listed.length);
    const csv = await download("format=csv", regionViewer.headers);
    const [heading, ...rows] = parseCsv(csv.body.slice(1));
    expect(rows.map((r) => r[0])).toEqual(theirs.map((p) => p.code));
    const regions = new Set(rows.map((r) => r[heading?.indexOf("Region") ?? -1]));
    expect([...regions]).toEqual(["West and Central Africa"]);

    const xml = (await download("format=iati", regionViewer.headers)).body;
    expect(xml.match(/<iati-activity /g)).toHaveLength(theirs.length);

    // Asking for another region gives nothing rather than that region.
    const other = await download("format=csv&region=EHA", regionViewer.headers);
    expect(parseCsv(other.body.slice(1))).toHaveLength(1);
  });

  it("the export is the filtered list", async () => {
    const filtered = await apiList(fund, "&fundingYear=2025&status=active");
    const csv = await download("format=csv&fundingYear=2025&status=active");
    const [, ...rows] = parseCsv(csv.body.slice(1));
    expect(rows.map((r) => r[0])).toEqual(filtered.map((p) => p.code));
  });

  it("refuses a signed-out download and a bad format", async () => {
    const signedOut = await test.app.inject({ url: "/api/projects/export?format=xlsx" });
    expect(signedOut.statusCode).toBe(401);
    const bad = await download("format=pdf");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field)).toContain("format");
    expect(bad.body).not.toContain("at ");
    const unknown = await download("format=csv&page=2");
    expect(unknown.statusCode).toBe(400);
  });

  it("counts in the database match (no project is written twice across batches)", async () => {
    const [row] = await sqlRows<{ n: number }>(
      test.database.db,
      sql`select count(*)::int as n from projects`,
    );
    expect(row?.n).toBe(listed.length);
  });
});

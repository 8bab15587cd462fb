/**
 * Importing a portfolio over HTTP: the template, a dry run that lists every problem by sheet, row
 * and column, an import that writes everything or nothing, and the history entry "imported".
 */
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn, type TestUser } from "../../../test/factories";
import { multipartForm } from "../../../test/multipartForm";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { HistoryEntry } from "../../domain/workflow";
import { auditEvents, projects } from "../db/schema";

type Row = (string | number | Date | null)[];

async function fill(template: Buffer, projectsRows: Row[], areaRows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const row of projectsRows) workbook.getWorksheet("Projects")?.addRow(row);
  for (const row of areaRows) workbook.getWorksheet("Areas of work")?.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(databaseKinds())("importing projects from a workbook (%s)", (kind) => {
  let test: TestApp;
  let fund: Session;
  let pm: TestUser;
  let template: Buffer;

  /** A row of the template's Projects sheet, in its column order. */
  const projectRow = (code: string, overrides: Partial<Record<string, Row[number]>> = {}): Row => {
    const values: Record<string, Row[number]> = {
      code,
      title: `Migration data in Ghana (${code})`,
      status: "Active",
      type: "National",
      region: null,
      countries: "GHA",
      fundingYear: 2026,
      fundLine: "L2",
      requested: 120000,
      approved: 110000.25,
      plannedStart: new Date(Date.UTC(2026, 1, 1)),
      plannedEnd: new Date(Date.UTC(2027, 6, 31)),
      actualStart: new Date(Date.UTC(2026, 2, 1)),
      actualEnd: null,
      pm: pm.email,
      altPm: null,
      genderMarker: null,
      followUpOf: null,
      ...overrides,
    };
    return Object.values(values);
  };

  beforeAll(async () => {
    test = await startTestApp(kind);
    pm = await buildUser(test.database.db, "pm");
    fund = await signIn(test, await buildUser(test.database.db, "fund_manager"));
  });
  afterAll(async () => test?.close());

  function upload(dryRun: boolean, file: Buffer, name = "portfolio.xlsx") {
    const form = multipartForm({ dryRun: String(dryRun) }, { name, content: file });
    return test.app.inject({
      method: "POST",
      url: "/api/projects/import",
      headers: { ...fund.headers, "content-type": form.contentType },
      payload: form.body,
    });
  }

  it("gives a template with the export's sheets and the reference lists", async () => {
    const response = await test.app.inject({
      method: "GET",
      url: "/api/projects/import/template?lang=en",
      headers: fund.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    template = response.rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Projects",
      "Areas of work",
      "Activity types",
      "Beneficiaries",
      "Budget by year",
      "Reference lists",
    ]);
    expect(workbook.getWorksheet("Projects")?.getRow(1).getCell(1).value).toBe("Code");
    const lists = workbook.getWorksheet("Reference lists");
    const emails: unknown[] = [];
    lists?.eachRow((row) => emails.push(row.getCell(2).value));
    expect(emails).toContain(pm.email);
    expect(emails).toContain("GHA");
  });

  it("lists every problem of a dry run by sheet, row and column, and writes nothing", async () => {
    const file = await fill(
      template,
      [
        projectRow("IMP-1", { countries: "XYZ" }),
        projectRow("IMP-1", { pm: "nobody@example.org" }),
        projectRow("IMP-2"),
      ],
      [
        ["IMP-2", "MH", 0.5],
        ["IMP-2", "LHD", 0.3],
        ["IMP-9", "MH", 1],
      ],
    );
    const response = await upload(true, file);
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      problems: { sheet: string; row: number; column: string; code: string }[];
    };
    expect(body.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["Projects", 2, "Countries (ISO)", "unknownCountry"],
      ["Projects", 2, "Countries (ISO)", "nationalOneCountry"],
      ["Projects", 3, "Code", "duplicate"],
      ["Projects", 3, "Project manager", "importUnknownPerson"],
      ["Areas of work", 4, "Code", "importProjectNotListed"],
      ["Areas of work", 3, "Share", "percentSum"],
    ]);
    expect(await test.database.db.$count(projects)).toBe(0);
  });

  it("imports nothing when one row has a problem (400, each problem a field error)", async () => {
    const file = await fill(template, [projectRow("IMP-3"), projectRow("IMP-4", { plannedEnd: "soon" })], []);
    const response = await upload(false, file);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      expect.objectContaining({
        code: "importNotDate",
        params: expect.objectContaining({ sheet: "Projects", row: 3, column: "Planned end", value: "soon" }),
      }),
    ]);
    expect(await test.database.db.$count(projects)).toBe(0);
  });

  it("imports every project in its status, with one history entry: imported", async () => {
    const file = await fill(
      template,
      [projectRow("IMP-5"), projectRow("IMP-6", { status: "Draft", approved: null, followUpOf: "IMP-5" })],
      [
        ["IMP-5", "Migration health", 0.6],
        ["IMP-5", "LHD", "40 %"],
      ],
    );
    const response = await upload(false, file, "old-portfolio.xlsx");
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ dryRun: false, imported: true, projects: 2, problems: [] });
    const list = await test.app.inject({
      method: "GET",
      url: "/api/projects?q=IMP-5",
      headers: fund.headers,
    });
    const imported = (list.json() as { items: { id: string; code: string; status: string }[] }).items;
    const project = imported.find((p) => p.code === "IMP-5");
    expect(project?.status).toBe("active");
    const detail = await test.app.inject({
      method: "GET",
      url: `/api/projects/${project?.id}`,
      headers: fund.headers,
    });
    expect(detail.json()).toMatchObject({
      approvedBudget: "110000.25",
      actualStart: "2026-03-01",
      areaShares: expect.arrayContaining([
        expect.objectContaining({ code: "MH", percent: 60 }),
        expect.objectContaining({ code: "LHD", percent: 40 }),
      ]),
    });
    const history = await test.app.inject({
      method: "GET",
      url: `/api/projects/${project?.id}/history`,
      headers: fund.headers,
    });
    const entries = (history.json() as { items: HistoryEntry[] }).items;
    expect(entries).toEqual([
      expect.objectContaining({
        action: "import",
        toStatus: "active",
        actor: expect.objectContaining({ id: fund.user.id }),
        details: { file: "old-portfolio.xlsx" },
      }),
    ]);
    // The audit trail says who brought which file in, and which projects came with it.
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "projectImport"), eq(auditEvents.action, "import")));
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: fund.user.id,
        entityId: "old-portfolio.xlsx",
        after: { file: "old-portfolio.xlsx", projects: ["IMP-5", "IMP-6"] },
      }),
    ]);
    // The project's other views read its first transition too: they show an imported project.
    for (const view of ["timeline", "durations"]) {
      const answer = await test.app.inject({
        method: "GET",
        url: `/api/projects/${project?.id}/${view}`,
        headers: fund.headers,
      });
      expect(answer.statusCode, `${view}: ${answer.body}`).toBe(200);
    }
  });

  it("refuses a file that is not a workbook", async () => {
    const response = await upload(true, Buffer.from("code,title\nA,B\n"), "portfolio.csv");
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].code).toBe("fileType");
  });
});

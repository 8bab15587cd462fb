import ExcelJS from "exceljs";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import type { FigureTable } from "../../domain/figures";
import { figureCsv, sendFigureTables } from "./figureTables";

const byRegion: FigureTable = {
  id: "projectsByRegion",
  columns: [
    { key: "region", type: "text" },
    { key: "projects", type: "integer" },
    { key: "approvedBudget", type: "money" },
    { key: "share", type: "percent" },
  ],
  rows: [
    { region: 'West, "Central" Africa', projects: 12, approvedBudget: 123456789, share: 62.5 },
    { region: "Asia\nPacific", projects: 3, approvedBudget: 5, share: 37.5 },
  ],
};
const overdue: FigureTable = {
  id: "overdueReports",
  columns: [
    { key: "code", type: "text" },
    { key: "dueDate", type: "date" },
    { key: "daysLate", type: "days" },
  ],
  rows: [{ code: "P-2026-001", dueDate: "2026-10-01", daysLate: 31 }],
};

async function download(format: "xlsx" | "csv") {
  const app = Fastify();
  app.get("/x", (_request, reply) =>
    sendFigureTables(reply, [byRegion, overdue], { format, filename: "dashboard", language: "en" }),
  );
  const response = await app.inject({ method: "GET", url: "/x" });
  await app.close();
  return response;
}

describe("sendFigureTables", () => {
  it("writes an xlsx with one sheet per table and typed cells", async () => {
    const response = await download("xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain('filename="dashboard.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(2);

    const [first, second] = workbook.worksheets;
    expect(first?.getCell("B2").value).toBe(12);
    expect(first?.getCell("C2").value).toBe(1234567.89);
    expect(first?.getCell("C2").numFmt).toBe("#,##0.00");
    expect(first?.getCell("D2").value).toBe(0.625);
    expect(first?.getCell("D2").numFmt).toContain("%");
    expect(first?.getCell("A3").value).toBe("Asia\nPacific");
    expect(first?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(first?.autoFilter).toBeTruthy();

    const due = second?.getCell("B2").value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe("2026-10-01");
    expect(second?.getCell("C2").value).toBe(31);
  });

  it("writes a CSV with a title line per table, a blank line between them, and quoted fields", async () => {
    const response = await download("csv");
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.body.charCodeAt(0)).toBe(0xfeff);
    const csv = figureCsv([byRegion, overdue], "en");
    expect(response.body).toBe(csv);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[2]).toBe('"West, ""Central"" Africa",12,1234567.89,62.5');
    expect(lines[3]).toBe('"Asia\nPacific",3,0.05,37.5');
    expect(lines[4]).toBe("");
    expect(lines[6]).toMatch(/^[^,]+,[^,]+,[^,]+$/);
    expect(lines[7]).toBe("P-2026-001,2026-10-01,31");
  });
});

/**
 * `prima export` as an administrator uses it: the demo portfolio (or a filtered part) written to a
 * file, the number of projects printed; a bad format refused with exit code 2 and no stack trace.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runPrima, tempDataDir } from "./server";

describe("prima export", () => {
  it("writes the filtered portfolio and says how many projects it holds", async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir, PRIMA_CLOCK: "2026-11-01" };
    expect((await runPrima(["seed", "--demo"], env)).code).toBe(0);

    const xlsx = path.join(dataDir, "wca.xlsx");
    const result = await runPrima(["export", "--format", "xlsx", "--region", "WCA", "--out", xlsx], env);
    expect(result.code, result.output).toBe(0);
    const count = Number(/(\d+) projects exported to /.exec(result.output)?.[1]);
    expect(count).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const projects = workbook.getWorksheet("Projects");
    expect(projects?.rowCount).toBe(count + 1);
    const regions = new Set<string>();
    projects?.getColumn(5).eachCell((cell, row) => {
      if (row > 1) regions.add(String(cell.value));
    });
    expect([...regions]).toEqual(["West and Central Africa"]);

    const csv = path.join(dataDir, "all.csv");
    const all = await runPrima(["export", "--format", "csv", "--lang", "fr", "--out", csv], env);
    expect(all.code, all.output).toBe(0);
    const text = await readFile(csv, "utf8");
    expect(text.startsWith("\uFEFFCode,Titre,Statut")).toBe(true);
    expect(Number(/(\d+) projects exported/.exec(all.output)?.[1])).toBeGreaterThan(count);
  });

  it("refuses a bad format with a usage message", async () => {
    const result = await runPrima(["export", "--format", "pdf"], { DATA_DIR: tempDataDir() });
    expect(result.code).toBe(2);
    expect(result.output).toContain("--format");
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});

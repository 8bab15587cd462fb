/**
 * Bringing a portfolio in, end to end: `prima import projects` on a workbook with a problem (exit
 * code 2, one line per problem, nothing written), checked then imported; and the Import page in
 * Chromium on the demo (a fund manager checks a file with problems, then a good one, and imports
 * it), with axe on desktop and phone.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, runPrima, startPrima, tempDataDir } from "./server";

const HEADINGS = [
  "Code",
  "Title",
  "Status",
  "Type",
  "Countries (ISO)",
  "Funding year",
  "Fund line",
  "Requested (USD)",
  "Planned start",
  "Planned end",
  "Project manager",
];

/** A workbook of one Projects sheet, with one project per code managed by `pm` in `country`. */
async function portfolio(file: string, pm: string, rows: { code: string; country: string }[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Projects");
  sheet.addRow(HEADINGS);
  for (const { code, country } of rows) {
    sheet.addRow([
      code,
      `Labour migration data (${code})`,
      "Draft",
      "National",
      country,
      2026,
      "L2",
      95000,
      "2026-09-01",
      "2027-08-31",
      pm,
    ]);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("prima import projects", () => {
  it("refuses a workbook with a problem, line by line, then checks and imports a good one", async () => {
    const env = { DATA_DIR: tempDataDir(), PRIMA_DEMO: "false" };
    const created = await runPrima(
      [
        "create-user",
        "--email",
        "ama@example.org",
        "--role",
        "pm",
        "--name",
        "Ama Mensah",
        "--password",
        "long-enough-pw",
      ],
      env,
    );
    expect(created.code).toBe(0);
    const broken = await portfolio(path.join(env.DATA_DIR, "broken.xlsx"), "nobody@example.org", [
      { code: "OLD-1", country: "XYZ" },
    ]);
    const help = await runPrima(["import", "projects", "--help"], env);
    expect(help.code).toBe(0);
    expect(help.output).toContain("Usage: prima import projects FILE.xlsx [--dry-run]");
    const refused = await runPrima(["import", "projects", broken], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("nothing was imported");
    expect(refused.output).toContain("Projects, row 2, column Countries (ISO): Unknown country: XYZ");
    expect(refused.output).toContain(
      "Projects, row 2, column Project manager: No user has this e-mail or name",
    );
    expect(refused.output).not.toMatch(/\n\s+at /);

    const good = await portfolio(path.join(env.DATA_DIR, "good.xlsx"), "Ama Mensah", [
      { code: "OLD-1", country: "GHA" },
      { code: "OLD-2", country: "SEN" },
    ]);
    const checked = await runPrima(["import", "projects", good, "--dry-run"], env);
    expect(checked.output).toContain("2 project(s) ready to import (dry run: nothing written)");
    expect(checked.code).toBe(0);
    const imported = await runPrima(["import", "projects", good], env);
    expect(imported.output).toContain("2 project(s) imported");
    const again = await runPrima(["import", "projects", good], env);
    expect(again.code).toBe(2);
    expect(again.output).toContain(
      "Projects, row 2, column Code: A project with this code already exists: OLD-1",
    );
  });
});

describe("the Import page", () => {
  let server: RunningServer;
  let browser: Browser;
  let files: string;

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), PRIMA_CLOCK: "2026-11-01T09:00:00Z" });
    browser = await launchChromium();
    files = tempDataDir();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function choose(page: Page, file: string) {
    await page.locator('input[type="file"]').setInputFiles(file);
  }

  it("lists a file's problems by sheet, row and column, then imports a good file", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "fund@example.org");
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Import", exact: true }).click();
    await expect.poll(() => page.url()).toContain("/admin/import");
    await page.getByRole("heading", { name: "Import projects" }).waitFor();
    const template = page.getByRole("link", { name: "Download the template" });
    expect(await template.getAttribute("href")).toBe("/api/projects/import/template?lang=en");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await choose(
      page,
      await portfolio(path.join(files, "broken.xlsx"), "pm@example.org", [{ code: "E2E-1", country: "XYZ" }]),
    );
    await page.getByRole("button", { name: "Check" }).click();
    const problems = page.getByRole("table", {
      name: "Every problem found in the file, by sheet, row and column",
    });
    await expect.poll(() => problems.locator("tbody").textContent()).toContain("Unknown country: XYZ");
    expect(await problems.locator("tbody tr").first().locator("td").allInnerTexts()).toEqual([
      "Projects",
      "2",
      "Countries (ISO)",
      "XYZ",
      "Unknown country: XYZ",
    ]);
    expect(await page.getByRole("button", { name: "Import", exact: true }).isDisabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await choose(
      page,
      await portfolio(path.join(files, "good.xlsx"), "pm@example.org", [{ code: "E2E-1", country: "GHA" }]),
    );
    await page.getByRole("button", { name: "Check" }).click();
    await page.getByText("1 project ready to import.").waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText("1 project imported.", { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("has no serious accessibility problem on a phone", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signInAs(page, server.url, "admin@example.org");
    await page.goto(`${server.url}/admin/import`);
    await page.getByRole("heading", { name: "Import projects" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

/**
 * The dashboards in Chromium on the demo portfolio: every chart drawn within 2 s, one filter for
 * all charts (kept in the address), a chart's table view, its Excel download (a real workbook of
 * those numbers), the analysis reports, axe on both pages, and their screenshots for the docs.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");
const CHARTS = 7;

describe("the dashboards", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), PRIMA_CLOCK: "2026-11-01T09:00:00Z" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("draws every chart, filters them all at once, shows a chart's table and downloads its Excel", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signInAs(page, server.url, "fund@example.org");

    // From the project list to every chart drawn, as a user arrives at the dashboards.
    await page.goto(`${server.url}/projects`);
    await page.waitForLoadState("networkidle");
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Dashboards" })
      .click();
    await page
      .locator(".recharts-surface")
      .nth(CHARTS - 1)
      .waitFor();
    // How fast is measured by the benchmark (bench/suites/web.ts), not here: CI machines vary.
    await expect.poll(() => page.locator(".recharts-surface").count()).toBe(CHARTS);
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-dashboard.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // One filter for every chart, kept in the address. The filtered figures are held back a
    // moment: while they are on their way the page must stay readable (it once faded every chart,
    // grey captions included, below the contrast axe asks for).
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => url.pathname.startsWith("/api/dashboard/") && url.searchParams.get("region") === "WCA",
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.getByRole("textbox", { name: "Region" }).click();
    await page.getByRole("option", { name: "West and Central Africa" }).click();
    await page.waitForURL((url) => url.searchParams.get("region") === "WCA");
    const updating = page.getByRole("progressbar", { name: "Updating…" });
    await expect.poll(() => updating.count()).toBe(CHARTS);
    expect(await seriousA11yViolations(page)).toEqual([]);
    release();
    await expect.poll(() => updating.count()).toBe(0);

    const portfolio = page.getByRole("region", { name: "Projects and approved budget", exact: true });
    await portfolio.getByRole("button", { name: "Show table" }).click();
    const table = portfolio.getByRole("table");
    // The table shows the whole portfolio until the filtered figures arrive.
    await expect
      .poll(async () => [...new Set(await table.getByRole("rowheader").allInnerTexts())], { timeout: 15_000 })
      .toEqual(["West and Central Africa"]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const download = page.waitForEvent("download");
    await portfolio.getByRole("link", { name: "Download Projects and approved budget as Excel" }).click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Projects and budget");
    const shownRows = await table.locator("tbody tr").count();
    expect(sheet?.rowCount).toBe(shownRows + 1);
    expect(sheet?.getRow(2).getCell(1).value).toBe("West and Central Africa");
    await context.close();
  });

  it("shows the analysis reports as tables with their downloads", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "viewer@example.org");
    await page.goto(`${server.url}/dashboard/analysis?yearFrom=2021`);
    const compliance = page.getByRole("region", { name: "Reporting compliance", exact: true });
    await expect
      .poll(() => compliance.getByRole("rowheader").count(), { timeout: 15_000 })
      .toBeGreaterThan(3);
    await page.locator(".recharts-surface").nth(1).waitFor();
    expect(
      await compliance
        .getByRole("link", { name: "Download Reporting compliance as CSV" })
        .getAttribute("href"),
    ).toBe("/api/analysis/reporting-compliance/export?yearFrom=2021&format=csv&lang=en");
    // The demo's budget revisions (issue 15): approved, refused and open, by region and year.
    const revisions = page.getByRole("region", { name: "Budget revisions", exact: true });
    await expect.poll(() => revisions.getByRole("rowheader").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(
      await revisions.getByRole("link", { name: "Download Budget revisions as Excel" }).getAttribute("href"),
    ).toBe("/api/analysis/budget-revisions/export?yearFrom=2021&format=xlsx&lang=en");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-analysis.png"), fullPage: true });
    await context.close();
  });
});

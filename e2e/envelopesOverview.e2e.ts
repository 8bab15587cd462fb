/**
 * Envelopes beyond the Fund rules page (issue 15, section 1), in Chromium on the demo portfolio:
 * the dashboard's Envelopes chart with its table, and the fund manager's home card with each
 * line's envelope for the year and a link to the Fund rules page; axe finds nothing serious.
 * Takes docs/screenshot-envelopes-dashboard.png.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("envelopes on the dashboard and the fund manager's home page", () => {
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

  it("the dashboard draws the Envelopes chart and shows its table", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "viewer@example.org");
    await page.goto(`${server.url}/dashboard?yearFrom=2025&yearTo=2026`);
    const envelopes = page.getByRole("region", { name: "Envelopes", exact: true });
    await envelopes.locator(".recharts-surface").waitFor();
    await envelopes.scrollIntoViewIfNeeded();
    await envelopes.screenshot({ path: path.join(SCREENSHOTS, "screenshot-envelopes-dashboard.png") });
    await envelopes.getByRole("button", { name: "Show table" }).click();
    const table = envelopes.getByRole("table");
    await table.waitFor();
    const headers = await table.getByRole("columnheader").allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(["Allocated (USD)", "Available (USD)"]));
    expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("the fund manager's home shows each line's envelope and leads to the Fund rules page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "fund@example.org");
    await page.goto(`${server.url}/?fundingYear=2026`);
    const card = page.getByRole("region", { name: "Envelopes 2026" });
    await card
      .getByText(/available of/)
      .first()
      .waitFor();
    expect(await card.getByRole("listitem").count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await card.getByRole("link", { name: "Fund rules" }).click();
    await page.waitForURL((url) => url.pathname === "/fund-rules");
    await context.close();
  });

  it("other roles see no envelope card at home", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "viewer@example.org");
    await page.getByRole("heading", { level: 1, name: "Portfolio at a glance" }).waitFor();
    await page
      .getByRole("region", { name: /Bookmarks|My bookmarks/ })
      .first()
      .waitFor();
    expect(await page.getByRole("region", { name: /^Envelopes/ }).count()).toBe(0);
    await context.close();
  });
});

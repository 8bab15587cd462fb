/**
 * "Waiting for me" as the demo fund manager: proposals to approve, and the submitted reports and
 * extension requests waiting for a decision, each leading where the decision is taken.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

describe("the fund manager's inbox in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(page, server.url, "fund@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists the reports to decide; one leads to the report's page", async () => {
    await page.goto(`${server.url}/inbox`);
    const reports = page.getByRole("table", { name: "Reports to decide" });
    await expect.poll(() => reports.getByRole("row").count()).toBeGreaterThan(1);
    await expect
      .poll(() => page.getByRole("table", { name: "Extension requests to decide" }).count())
      .toBe(1);
    await reports.getByRole("row").nth(1).getByRole("link").click();
    await page.waitForURL(/\/projects\/[\w-]+\/reports\/[\w-]+$/);
  });
});

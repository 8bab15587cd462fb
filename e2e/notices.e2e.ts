/**
 * Notices the person chooses, in Chromium, as the demo PM: the profile's "Notices" section starts
 * from "E-mail at once" for every kind; choosing the daily digest for workflow steps is kept after
 * a reload. axe on the page at desktop and phone size.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

describe("notice choices on the profile in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const kind = (name: string) => page.getByRole("radiogroup", { name, exact: true });
  const checked = (group: string, option: string) =>
    kind(group).getByRole("radio", { name: option, exact: true }).isChecked();

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), REMINDER_INTERVAL_MINUTES: "0", DIGEST_HOUR: "6" });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(page, server.url, "pm@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("chooses the daily digest for workflow steps, and the choice is kept after a reload", async () => {
    await page.goto(`${server.url}/profile`);
    await page.getByRole("heading", { name: "Notices", level: 2 }).waitFor();
    await expect.poll(() => page.getByText("from 06:00 UTC", { exact: false }).count()).toBe(1);
    for (const group of [
      "Workflow steps",
      "Decisions on reports",
      "Report reminders",
      "Extensions and budget revisions",
    ])
      expect(await checked(group, "E-mail at once")).toBe(true);

    await kind("Workflow steps").getByRole("radio", { name: "Daily digest", exact: true }).check();
    await kind("Report reminders").getByRole("radio", { name: "In the app only", exact: true }).check();
    await page.getByRole("button", { name: "Save notice choices", exact: true }).click();
    await expect.poll(() => page.getByText("Your notice choices are saved.").count()).toBe(1);

    await page.reload();
    await page.getByRole("heading", { name: "Notices", level: 2 }).waitFor();
    await expect.poll(() => checked("Workflow steps", "Daily digest")).toBe(true);
    expect(await checked("Report reminders", "In the app only")).toBe(true);
    expect(await checked("Decisions on reports", "E-mail at once")).toBe(true);
  });

  it("has no serious accessibility violation at desktop and phone size", async () => {
    const found: Record<string, string[]> = {};
    for (const [size, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/profile`);
      await page.getByRole("radiogroup", { name: "Workflow steps", exact: true }).waitFor();
      await animationsEnded(page);
      found[size] = await seriousA11yViolations(page);
    }
    expect(found).toEqual({ desktop: [], phone: [] });
  });
});

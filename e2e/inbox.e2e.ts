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
      // A reminder run at start gives the demo PM notifications about reports due and overdue.
      REMINDER_INTERVAL_MINUTES: "60",
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

  it("the PM filters the notifications by kind and by project; marking those read leaves the others unread", async () => {
    const pmPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(pmPage, server.url, "pm@example.org");
    const api = (query: string) =>
      pmPage.evaluate(async (q) => (await (await fetch(`/api/notifications${q}`)).json()).items, query);
    await expect.poll(async () => (await api("")).length, { timeout: 60_000 }).toBeGreaterThan(1);

    await pmPage.goto(`${server.url}/notifications`);
    const list = pmPage.getByRole("list", { name: "Notifications, newest first" });
    await pmPage.getByRole("textbox", { name: "Kind" }).click();
    await pmPage.getByRole("option", { name: "Workflow steps" }).click();
    await pmPage.waitForURL(/kind=workflow/);
    await pmPage.getByText("No notification matches these filters.").waitFor();

    await pmPage.getByRole("textbox", { name: "Kind" }).click();
    await pmPage.getByRole("option", { name: "Report reminders" }).click();
    const reminders = await api("?kind=reminders");
    await expect.poll(() => list.getByRole("listitem").count()).toBe(reminders.length);

    await pmPage.getByRole("textbox", { name: "Project" }).click();
    await pmPage.getByRole("option").first().click();
    await pmPage.waitForURL(/project=/);
    const projectId = new URL(pmPage.url()).searchParams.get("project");
    const ofProject = await api(`?kind=reminders&projectId=${projectId}`);
    await expect.poll(() => list.getByRole("listitem").count()).toBe(ofProject.length);

    await pmPage.getByRole("button", { name: "Mark all as read" }).click();
    await expect.poll(() => pmPage.getByText("All read").count()).toBe(1);
    const unread = (await api("")).filter((n: { readAt: string | null }) => n.readAt === null).length;
    expect(unread).toBe((await api("")).length - ofProject.length);
  });
});

/**
 * Implementation monitoring as the PM and the fund manager live it, in Chromium against the real
 * server on the demo portfolio with the clock set to the demo's today: the PM submits an interim
 * narrative report with indicator values and beneficiaries reached, the fund manager returns it,
 * the PM corrects and resubmits, the fund manager accepts; the project's timeline and indicator
 * progress follow, and axe finds nothing serious on the report form and the timeline.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs, WITHOUT_PAGE_CHROME } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

async function apiAs(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await (await fetch("/api/me")).json();
      const response = await fetch(url, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, url, body },
  );
}

interface Indicator {
  id: string;
  name: string;
  baseline: number;
  target: number;
}

describe("an interim report returned and accepted, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let reportUrl = "";
  let projectUrl = "";
  let indicators: Indicator[] = [];
  const firstActual = () => {
    const first = indicators[0] as Indicator;
    return first.baseline + (first.target - first.baseline) / 2;
  };

  async function pageAs(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, email);
    return page;
  }

  beforeAll(async () => {
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the PM submits a due interim report with indicator values and beneficiaries reached", async () => {
    const page = await pageAs("pm@example.org");
    // The demo gives pm@ an active project whose first interim narrative report is due on the demo's today.
    const due = await apiAs(page, "GET", "/api/reports?state=due&limit=100");
    expect(due.status).toBe(200);
    let chosen: { id: string; projectId: string } | null = null;
    const items = due.body.items as {
      id: string;
      projectId: string;
      kind: string;
      stage: string;
      sequence: number;
    }[];
    for (const item of items) {
      if (item.kind !== "narrative" || item.stage !== "interim" || item.sequence !== 1) continue;
      const detail = await apiAs(page, "GET", `/api/reports/${item.id}`);
      if (detail.body.can.submit && detail.body.indicators.length > 0) {
        chosen = item;
        indicators = detail.body.indicators;
        break;
      }
    }
    expect(chosen, "a due interim narrative report of pm@'s").not.toBeNull();
    const report = chosen as { id: string; projectId: string };
    projectUrl = `${server.url}/projects/${report.projectId}`;
    reportUrl = `${projectUrl}/reports/${report.id}`;

    // Before: no accepted report, so no actual figures, and the report is due on the timeline.
    await page.goto(projectUrl);
    await page.getByText(/No accepted report yet/).waitFor();
    await page.getByText("Show as table", { exact: true }).click();
    const timelineRow = page.getByRole("row").filter({ hasText: "Interim narrative report 1 due" });
    expect(await timelineRow.first().textContent()).toContain("Due");

    await page.goto(reportUrl);
    const actuals = page.getByRole("textbox", { name: "Actual to date" });
    await actuals.first().waitFor();
    expect(await actuals.count()).toBe(indicators.length);
    for (const [index, indicator] of indicators.entries()) {
      const value = index === 0 ? firstActual() : indicator.baseline;
      await actuals.nth(index).fill(String(value));
    }
    const addTargets = page.getByRole("button", { name: /Add the \d+ target groups? not listed yet/ });
    if ((await addTargets.count()) > 0) await addTargets.click();
    else await page.getByRole("button", { name: "Add a row" }).click();
    const numbers = page.getByRole("textbox", { name: "Number" });
    await numbers.first().waitFor();
    for (let i = 0; i < (await numbers.count()); i++) await numbers.nth(i).fill(String(40 + i));
    await page
      .getByRole("textbox", { name: "Challenges" })
      .fill("Recruitment agencies were slow to register.");
    await page
      .getByRole("textbox", { name: "Lessons learned" })
      .fill("Working with the employers' federation early saves months.");

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-report-submit.png"), fullPage: true });
    await page.getByRole("button", { name: "Submit to the fund" }).click();
    await page.getByText("Report submitted").first().waitFor();
    await page.getByText("This report is waiting for the fund manager's decision.").waitFor();
    await page.context().close();
  });

  it("the fund manager returns it with a comment", async () => {
    const page = await pageAs("fund@example.org");
    await page.goto(reportUrl);
    await page.getByRole("button", { name: "Return for revision" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Split the beneficiaries by sex, please.");
    await dialog.getByRole("button", { name: "Return the report" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Split the beneficiaries by sex, please.").first().waitFor();
    await page.context().close();
  });

  it("the PM reads the comment, corrects the report and submits it again", async () => {
    const page = await pageAs("pm@example.org");
    await page.goto(reportUrl);
    await page.getByText(/returned this report for revision on/).waitFor();
    await page.getByText("Split the beneficiaries by sex, please.").first().waitFor();
    const numbers = page.getByRole("textbox", { name: "Number" });
    await numbers.first().fill("55");
    await page.getByRole("button", { name: "Submit to the fund" }).click();
    await page.getByText("This report is waiting for the fund manager's decision.").waitFor();
    await page.context().close();
  });

  it("the fund manager accepts it; the timeline and the indicator progress follow", async () => {
    const page = await pageAs("fund@example.org");
    await page.goto(reportUrl);
    await page.getByRole("button", { name: "Accept", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Accept the report" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("The fund accepted this report.").waitFor();

    await page.goto(projectUrl);
    const progress = page.getByRole("region", { name: "Targets vs actuals", exact: true });
    await progress.waitFor();
    const first = indicators[0] as Indicator;
    const row = progress.getByRole("row").filter({ hasText: first.name });
    // Actual halfway from baseline to target: the row shows that actual and 50 % achieved.
    await expect
      .poll(async () => row.first().textContent())
      .toContain(new Intl.NumberFormat("en-US").format(firstActual()));
    const achieved = await row.first().getByRole("cell").last().textContent();
    expect(achieved?.replace(/\s/g, "")).toMatch(/^50(\.0)?%$/);

    await page.getByText(/Figures as of the accepted report ending/).waitFor();
    const timeline = page.getByRole("region", { name: "Timeline", exact: true });
    await timeline.waitFor();
    await timeline.getByText("Show as table", { exact: true }).click();
    const timelineRow = timeline.getByRole("row").filter({ hasText: "Interim narrative report 1 due" });
    expect(await timelineRow.first().textContent()).toContain("Accepted");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await timeline.screenshot({
      path: path.join(SCREENSHOTS, "screenshot-timeline-accepted.png"),
      style: WITHOUT_PAGE_CHROME,
    });
    await page.context().close();
  });
});

/**
 * The proposal workflow as four people live it, in Chromium against the real server with e-mail
 * going to a real SMTP server: the PM drafts and submits, another region's reviewer cannot act,
 * the region's reviewer returns it with two comments, the PM revises and resubmits, the
 * reviewer sees what changed and endorses, the fund manager is refused above the Line 2
 * ceiling, approves 180,000, and the PM receives the e-mail.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailText, startSmtp, type TestSmtp } from "../test/smtp";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

/** Calls the API from inside the signed-in page, as the web app does (cookie + CSRF token). */
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

describe("proposal workflow in Chromium, four users in turn", () => {
  let server: RunningServer;
  let smtp: TestSmtp;
  let browser: Browser;
  let projectUrl = "";
  let projectId = "";
  let projectCode = "";
  const title = `Labour mobility pilot ${Date.now()}`;

  async function pageAs(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, email);
    return page;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      SMTP_URL: smtp.url,
      PUBLIC_URL: "http://prima.test",
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("the PM drafts a proposal and submits it", async () => {
    const page = await pageAs("pm@example.org");
    const me = await apiAs(page, "GET", "/api/me");
    const created = await apiAs(page, "POST", "/api/projects", {
      title,
      summary: "Pilots a labour mobility scheme between Ghana and its neighbours.",
      objective: "Labour mobility in Ghana is safe, orderly and regular.",
      type: "national",
      countries: ["GHA"],
      fundingYear: 2026,
      fundLine: "L1",
      requestedBudget: "260000.00",
      plannedStart: "2027-01-01",
      plannedEnd: "2028-06-30",
      pmId: me.body.id,
      areaShares: [{ code: "LHD", percent: 100 }],
      activityShares: [
        { code: "RES", percent: 40 },
        { code: "TRN", percent: 60 },
      ],
      beneficiaries: [{ type: "GOV", sex: "all", ageGroup: "adults", number: 80 }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    projectId = created.body.id;
    projectCode = created.body.code;
    projectUrl = `${server.url}/projects/${projectId}`;

    await page.goto(projectUrl);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("button", { name: "Submit for review" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Submit for review" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Submitted", { exact: true }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a reviewer of another region sees no endorse button and gets 403 from the API", async () => {
    const page = await pageAs("reviewer.eea@example.org");
    await page.goto(projectUrl);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await page.getByRole("button", { name: "Endorse", exact: true }).count()).toBe(0);
    const project = await apiAs(page, "GET", `/api/projects/${projectId}`);
    const refused = await apiAs(page, "POST", `/api/projects/${projectId}/transitions`, {
      transition: "endorse",
      version: project.body.version,
    });
    expect(refused.status).toBe(403);
    await page.context().close();
  });

  it("the region's reviewer finds it in the inbox and returns it with two comments", async () => {
    const page = await pageAs("reviewer@example.org");
    await page
      .getByRole("link", { name: /Waiting for me/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Waiting for me" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: title }).first().click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    for (const [section, text] of [
      ["Budget", "USD 260,000 is high for a pilot in one country; bring it down."],
      ["Beneficiaries", "Say how many women and men the scheme reaches."],
    ] as const) {
      await page.getByRole("textbox", { name: "Section" }).click();
      await page.getByRole("option", { name: section, exact: true }).click();
      await page.getByRole("textbox", { name: "Comment", exact: true }).fill(text);
      await page.getByRole("button", { name: "Add comment" }).click();
      await page.getByText(text).waitFor();
    }
    await page.getByRole("button", { name: "Return for revision" }).click();
    const dialog = page.getByRole("dialog");
    await dialog
      .getByRole("textbox", { name: "Comment" })
      .fill("Please revise the budget and the beneficiaries.");
    await dialog.getByRole("button", { name: "Return for revision" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Draft", { exact: true }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-review.png`, fullPage: true });
    await page.context().close();
  });

  it("the PM sees the comments, revises the proposal and resubmits", async () => {
    const page = await pageAs("pm@example.org");
    await page.goto(projectUrl);
    await page.getByText("USD 260,000 is high for a pilot in one country; bring it down.").waitFor();
    await page.getByText("Say how many women and men the scheme reaches.").waitFor();
    await page.getByRole("link", { name: "Edit" }).first().click();
    const budget = page.getByLabel(/Requested budget/).first();
    await budget.fill("250000");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(projectUrl);
    await page.getByRole("button", { name: "Submit for review" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Submit for review" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Submitted", { exact: true }).first().waitFor();
    await page.context().close();
  });

  it("the reviewer sees what changed since the last review and endorses", async () => {
    const page = await pageAs("reviewer@example.org");
    await page.goto(projectUrl);
    const changes = page.getByRole("table", { name: /Changes since/ });
    await changes.waitFor();
    const text = (await changes.textContent()) ?? "";
    expect(text).toMatch(/260,000|260000/);
    expect(text).toMatch(/250,000|250000/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Endorse", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Endorse", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Endorsed", { exact: true }).first().waitFor();
    await page.context().close();
  });

  it("the fund manager is refused USD 250,000 under Line 2 with the ceiling message, then approves 180,000", async () => {
    const page = await pageAs("fund@example.org");
    await page.goto(projectUrl);
    await page.getByRole("button", { name: "Approve funding" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Approved amount (USD)" }).fill("250000");
    await dialog.getByRole("textbox", { name: "Fund line" }).click();
    await page.getByRole("option", { name: "Line 2" }).click();
    await dialog.getByRole("button", { name: "Approve funding" }).click();
    await dialog.getByText(/Line 2 funds a national project up to USD 200,000/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-ceiling.png` });
    await dialog.getByRole("textbox", { name: "Approved amount (USD)" }).fill("180000");
    await dialog.getByRole("button", { name: "Approve funding" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Approved", { exact: true }).first().waitFor();
    await page.getByRole("heading", { name: "History" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-approved.png`, fullPage: true });
    await page.context().close();
  });

  it("the PM receives the approval e-mail", async () => {
    const deadline = Date.now() + 20_000;
    let approval: string | undefined;
    while (!approval && Date.now() < deadline) {
      approval = smtp.received
        .filter((m) => m.to.includes("pm@example.org"))
        .map((m) => mailText(m.raw))
        .find((text) => text.includes(projectCode) && text.includes("is now approved"));
      if (!approval) await new Promise((r) => setTimeout(r, 200));
    }
    expect(approval).toBeDefined();
    expect(approval).toContain(`http://prima.test/projects/${projectId}`);
  });
});

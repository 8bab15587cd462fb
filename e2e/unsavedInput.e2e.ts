/**
 * Nothing a user typed is lost, in Chromium against the real server on the demo portfolio: an
 * attachment filed with a report, a refresh that fails, a database that goes away for a moment,
 * a dialog closed and opened again. Each editor keeps what is typed, then saves it, and a reload
 * shows it saved. A money field refuses a third decimal visibly and is not sent.
 *
 * A failed refresh is made by answering the page's reads with 500 (Playwright's routing); "the
 * database went away" by answering one request with the server's own 503 databaseUnavailable,
 * after which the app's banner refreshes every query when /api/health answers again.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: PDF });
const POLL = { timeout: 30_000 };
/** Once the page has met its failed refresh, a field that is still there answers at once. */
const SOON = { timeout: 5_000 };

const serverError = {
  status: 500,
  contentType: "application/json",
  body: '{"error":"internal","message":"x"}',
};
const databaseAway = {
  status: 503,
  contentType: "application/json",
  headers: { "retry-after": "1" },
  body: '{"error":"databaseUnavailable","message":"PRIMA cannot reach its database"}',
};

interface ReportSummary {
  id: string;
  projectId: string;
  kind: string;
}

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

/** Requests matching `pattern` with `method` that left the browser while `action` ran. */
async function countRequests(page: Page, method: string, pattern: RegExp, action: () => Promise<void>) {
  let count = 0;
  const listener = (request: { method(): string; url(): string }) => {
    if (request.method() === method && pattern.test(request.url())) count++;
  };
  page.on("request", listener);
  try {
    await action();
  } finally {
    page.off("request", listener);
  }
  return count;
}

/**
 * Waits until the page has met its failed refresh: either it keeps its content under a notice, or
 * (as before the fix) it replaced everything with "Could not load the data".
 */
async function afterFailedRefresh(page: Page) {
  await page
    .getByText(/could not refresh this data|Could not load the data/)
    .first()
    .waitFor({ timeout: 60_000 });
}

describe("nothing a user typed is lost, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  async function pageAs(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, email);
    return page;
  }

  /** A report of pm@'s that the PM may still edit, of the given kind, with its detail. */
  async function editableReport(page: Page, kind: "narrative" | "financial") {
    const list = await apiAs(page, "GET", "/api/reports?limit=100");
    expect(list.status).toBe(200);
    for (const item of list.body.items as ReportSummary[]) {
      if (item.kind !== kind) continue;
      const detail = await apiAs(page, "GET", `/api/reports/${item.id}`);
      if (!detail.body.can.edit || detail.body.documents.length > 0) continue;
      if (kind === "narrative" && detail.body.indicators.length === 0) continue;
      return { url: `${server.url}/projects/${item.projectId}/reports/${item.id}`, detail: detail.body };
    }
    throw new Error(`pm@ has no editable ${kind} report`);
  }

  async function attach(page: Page, title: string) {
    await page.getByRole("textbox", { name: "Title of the document" }).fill(title);
    await page.getByLabel("File", { exact: true }).setInputFiles(pdf(`${title}.pdf`));
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await page.getByText("Document attached").first().waitFor();
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

  it("attaching a document to a narrative report keeps the indicator values, beneficiaries and text typed", async () => {
    const page = await pageAs("pm@example.org");
    const { url } = await editableReport(page, "narrative");
    await page.goto(url);
    const actual = page.getByRole("textbox", { name: "Actual to date" }).first();
    await actual.waitFor();
    await actual.fill("37");
    // Rows of the project's target groups come with their type, sex and age group filled in.
    await page.getByRole("button", { name: /Add the \d+ target groups? not listed yet/ }).click();
    const numbers = page.getByRole("textbox", { name: "Number" });
    const number = numbers.first();
    await number.waitFor();
    for (let i = 0; i < (await numbers.count()); i++) await numbers.nth(i).fill(String(41 + i));
    const challenges = page.getByRole("textbox", { name: "Challenges" });
    await challenges.fill("Typed before the attachment.");

    await attach(page, "Field notes");
    // The report as refetched after the filing lists the document: the form has seen the new version.
    await page.getByRole("link", { name: /Download Field notes/ }).waitFor();
    expect(await actual.inputValue()).toBe("37");
    expect(await number.inputValue()).toBe("41");
    expect(await challenges.inputValue()).toBe("Typed before the attachment.");

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Draft saved").first().waitFor();
    await page.reload();
    await actual.waitFor();
    expect(await actual.inputValue()).toBe("37");
    expect(await page.getByRole("textbox", { name: "Number" }).first().inputValue()).toBe("41");
    expect(await challenges.inputValue()).toBe("Typed before the attachment.");
    await page.context().close();
  });

  it("attaching a document to a financial report keeps the amounts typed", async () => {
    const page = await pageAs("pm@example.org");
    const { url } = await editableReport(page, "financial");
    await page.goto(url);
    const amounts = page.getByRole("textbox", { name: /^Expenditure to date, / });
    await amounts.first().waitFor();
    await amounts.nth(0).fill("1250.5");
    await amounts.nth(1).fill("980");

    await attach(page, "Ledger");
    await page.getByRole("link", { name: /Download Ledger/ }).waitFor();
    expect(await amounts.nth(0).inputValue()).toBe("1,250.5");
    expect(await amounts.nth(1).inputValue()).toBe("980");

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Draft saved").first().waitFor();
    await page.reload();
    await amounts.first().waitFor();
    expect(await amounts.nth(0).inputValue()).toBe("1,250.50");
    expect(await amounts.nth(1).inputValue()).toBe("980.00");
    await page.context().close();
  });

  it("a money field refuses 100000.005 visibly, and the report is not sent", async () => {
    const page = await pageAs("pm@example.org");
    const { url } = await editableReport(page, "financial");
    await page.goto(url);
    const amount = page.getByRole("textbox", { name: /^Expenditure to date, / }).first();
    await amount.waitFor();
    const before = await amount.inputValue();
    await amount.fill("100000.005");
    // Kept as typed, and refused at once by the API's own rule.
    expect(await amount.inputValue()).toBe("100,000.005");
    await expect.poll(() => amount.getAttribute("aria-invalid"), POLL).toBe("true");
    const message = page.getByText("Enter an amount in USD with at most two decimals");
    await message.first().waitFor();

    const sent = await countRequests(page, "PUT", /\/api\/reports\//, async () => {
      await page.getByRole("button", { name: "Save draft" }).click();
      await page.getByText("The report was not saved").first().waitFor();
    });
    expect(sent).toBe(0);
    expect(await amount.inputValue()).toBe("100,000.005");
    await amount.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-money-refused.png") });

    await page.reload();
    await amount.waitFor();
    expect(await amount.inputValue()).toBe(before);
    await page.context().close();
  });

  it("a refresh of the report that fails keeps the form and what is typed", async () => {
    const page = await pageAs("pm@example.org");
    const { url, detail } = await editableReport(page, "narrative");
    await page.goto(url);
    const challenges = page.getByRole("textbox", { name: "Challenges" });
    await challenges.waitFor();
    await challenges.fill("Typed before a failed refresh.");

    const reportApi = `**/api/reports/${detail.id}`;
    await page.route(reportApi, (route) =>
      route.request().method() === "GET" ? route.fulfill(serverError) : route.continue(),
    );
    await attach(page, "Minutes");
    await afterFailedRefresh(page);
    expect(await challenges.inputValue(SOON)).toBe("Typed before a failed refresh.");
    await page
      .getByText(/could not refresh this data/)
      .first()
      .waitFor();

    await page.unroute(reportApi);
    await page.getByRole("button", { name: "Try again" }).first().click();
    await page.getByRole("link", { name: /Download Minutes/ }).waitFor();
    expect(await challenges.inputValue()).toBe("Typed before a failed refresh.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Draft saved").first().waitFor();
    await page.reload();
    await challenges.waitFor();
    expect(await challenges.inputValue()).toBe("Typed before a failed refresh.");
    await page.context().close();
  });

  it("the results matrix and workplan editors keep what is typed through an upload and a failed refresh", async () => {
    const page = await pageAs("pm@example.org");
    const { detail } = await editableReport(page, "narrative");
    const projectId = detail.projectId as string;
    const projectUrl = `${server.url}/projects/${projectId}`;
    await page.goto(projectUrl);

    await page.getByRole("button", { name: "Edit results matrix" }).click();
    const assumptions = page.getByRole("textbox", { name: "Assumptions at objective level" });
    await assumptions.fill("Employers stay engaged (typed before the upload).");
    await page.getByRole("button", { name: "Edit workplan" }).click();
    await page.getByRole("button", { name: "Add milestone" }).click();
    const milestones = page.getByRole("textbox", { name: /^Title of milestone \d+$/ });
    const newMilestone = milestones.last();
    await newMilestone.fill("Typed milestone");
    await page
      .getByLabel(/^Planned date of milestone \d+$/)
      .last()
      .fill("2026-12-15");

    // A document filed on the same page; its refresh meets a database gone for a moment, and the
    // refresh of everything that follows fails.
    // Once only: a database that stays away would have the banner refresh everything every few seconds.
    const documentsApi = `**/api/projects/${projectId}/documents`;
    let away = true;
    await page.route(documentsApi, (route) => {
      if (route.request().method() !== "GET" || !away) return route.continue();
      away = false;
      return route.fulfill(databaseAway);
    });
    const reads = new RegExp(`/api/projects/${projectId}(/results|/workplan)?$`);
    await page.route(reads, (route) =>
      route.request().method() === "GET" ? route.fulfill(serverError) : route.continue(),
    );
    await page
      .getByRole("textbox", { name: "Kind" })
      .or(page.getByRole("combobox", { name: "Kind" }))
      .click();
    await page.getByRole("option", { name: "Other" }).click();
    await page.getByRole("textbox", { name: "Document title" }).fill("Site visit");
    await page.getByLabel("File", { exact: true }).last().setInputFiles(pdf("site-visit.pdf"));
    await page.getByRole("button", { name: "Upload", exact: true }).click();
    await page.getByText("Site visit, version 1, is in the project's filing.").waitFor();
    await afterFailedRefresh(page);
    expect(await assumptions.inputValue(SOON)).toBe("Employers stay engaged (typed before the upload).");
    expect(await newMilestone.inputValue(SOON)).toBe("Typed milestone");
    await page
      .getByText(/could not refresh this data/)
      .first()
      .waitFor();

    await page.unroute(documentsApi);
    await page.unroute(reads);
    await page.getByRole("button", { name: "Save results matrix" }).click();
    await page.getByText("Results matrix saved").first().waitFor();
    await page.getByRole("button", { name: "Save workplan" }).click();
    await page.getByText("Workplan saved").first().waitFor();
    await page.reload();
    await page.getByText("Employers stay engaged (typed before the upload).").waitFor();
    await page.getByRole("cell", { name: "Typed milestone" }).waitFor();
    await page.context().close();
  });

  it("the extension request keeps what is typed when its dialog closes and when the page's refresh fails", async () => {
    const page = await pageAs("pm@example.org");
    const { detail } = await editableReport(page, "narrative");
    const projectId = detail.projectId as string;
    const project = await apiAs(page, "GET", `/api/projects/${projectId}`);
    const plannedEnd = new Date(`${project.body.plannedEnd}T00:00:00Z`);
    plannedEnd.setUTCMonth(plannedEnd.getUTCMonth() + 3);
    const requestedEnd = plannedEnd.toISOString().slice(0, 10);
    const justification = "Recruitment of the second cohort was delayed by the elections.";
    await page.goto(`${server.url}/projects/${projectId}`);

    await page.getByRole("button", { name: "Request an extension" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("New end date").fill(requestedEnd);
    await dialog.getByRole("textbox", { name: "Justification" }).fill(justification);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Request an extension" }).click();
    expect(await dialog.getByLabel("New end date").inputValue()).toBe(requestedEnd);
    expect(await dialog.getByRole("textbox", { name: "Justification" }).inputValue()).toBe(justification);

    // Sending meets a database gone for a moment; the refresh of the page that follows fails.
    const extensionsApi = `**/api/projects/${projectId}/extensions`;
    await page.route(extensionsApi, (route) =>
      route.request().method() === "POST" ? route.fulfill(databaseAway) : route.continue(),
    );
    const projectApi = `**/api/projects/${projectId}`;
    await page.route(projectApi, (route) =>
      route.request().method() === "GET" ? route.fulfill(serverError) : route.continue(),
    );
    await dialog.getByRole("button", { name: "Send the request" }).click();
    await afterFailedRefresh(page);
    expect(await dialog.getByRole("textbox", { name: "Justification" }).inputValue(SOON)).toBe(justification);
    await page
      .getByText(/could not refresh this data/)
      .first()
      .waitFor();

    await page.unroute(extensionsApi);
    await page.unroute(projectApi);
    await dialog.getByRole("button", { name: "Send the request" }).click();
    await page.getByText("Extension requested").first().waitFor();
    await page.reload();
    await page.getByText(justification).first().waitFor();
    await page.context().close();
  });

  it("the project's requested budget refuses 100000.005 visibly, and the form is not sent", async () => {
    const page = await pageAs("pm@example.org");
    const drafts = await apiAs(page, "GET", "/api/projects?mine=true&status=draft&pageSize=5");
    await page.goto(`${server.url}/projects/${drafts.body.items[0].id}/edit`);
    const budget = page.getByRole("textbox", { name: "Requested budget (USD)" });
    await budget.waitFor();
    await budget.fill("100000.005");
    expect(await budget.inputValue()).toBe("100,000.005");
    await page.getByText("Enter an amount in USD with at most two decimals").first().waitFor();
    const sent = await countRequests(page, "PUT", /\/api\/projects\//, async () => {
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Please correct the highlighted fields.").first().waitFor();
    });
    expect(sent).toBe(0);
    await page.context().close();
  });

  it("the project form keeps what is typed when a save meets a database gone away and the refresh fails", async () => {
    const page = await pageAs("pm@example.org");
    const drafts = await apiAs(page, "GET", "/api/projects?mine=true&status=draft&pageSize=5");
    const projectId = drafts.body.items[0].id as string;
    await page.goto(`${server.url}/projects/${projectId}/edit`);
    const title = page.getByLabel("Title", { exact: true });
    await title.waitFor();
    await title.fill("Typed title that must survive");

    const projectApi = `**/api/projects/${projectId}`;
    await page.route(projectApi, (route) =>
      route.request().method() === "PUT" ? route.fulfill(databaseAway) : route.fulfill(serverError),
    );
    await page.getByRole("button", { name: "Save" }).click();
    await afterFailedRefresh(page);
    expect(await title.inputValue(SOON)).toBe("Typed title that must survive");
    await page
      .getByText(/could not refresh this data/)
      .first()
      .waitFor();

    await page.unroute(projectApi);
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(`${server.url}/projects/${projectId}`);
    await page.reload();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent(), POLL)
      .toContain("Typed title that must survive");
    await page.context().close();
  });

  it("the fund year and reporting rules editors keep what is typed when the refresh fails", async () => {
    const page = await pageAs("fund@example.org");
    await page.goto(`${server.url}/fund-rules`);
    const ceiling = page.getByRole("textbox", { name: "Line 2 ceiling, national project (USD)" });
    await ceiling.waitFor();
    await ceiling.fill("210000");
    const due = page
      .getByRole("textbox", { name: "Interim reports due (days after the period ends)" })
      .first();
    await due.fill("45");

    // Saving the rules meets a database gone for a moment; the refresh of the page that follows fails.
    await page.route(/\/api\/reporting-rules\/[^/]+$/, (route) =>
      route.request().method() === "PUT" ? route.fulfill(databaseAway) : route.continue(),
    );
    await page.route(/\/api\/(fund-rules|reporting-rules)$/, (route) => route.fulfill(serverError));
    await page
      .getByRole("button", { name: /^Save the rules of / })
      .first()
      .click();
    await afterFailedRefresh(page);
    expect(await ceiling.inputValue(SOON)).toBe("210,000");
    expect(await due.inputValue(SOON)).toBe("45");
    await page
      .getByText(/could not refresh this data/)
      .first()
      .waitFor();

    await page.unrouteAll();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Fund rules saved").first().waitFor();
    await page
      .getByRole("button", { name: /^Save the rules of / })
      .first()
      .click();
    await page.getByText("Reporting rules saved").first().waitFor();
    await page.reload();
    await ceiling.waitFor();
    expect(await ceiling.inputValue()).toBe("210,000.00");
    expect(await due.inputValue()).toBe("45");
    await page.context().close();
  });

  it("a save after someone else's meets their version, and loading it starts over from it", async () => {
    const page = await pageAs("fund@example.org");
    await page.goto(`${server.url}/fund-rules`);
    const national = page.getByRole("textbox", { name: "Line 2 ceiling, national project (USD)" });
    const regional = page.getByRole("textbox", { name: "Line 2 ceiling, regional project (USD)" });
    await national.waitFor();
    await national.fill("190000");

    // Meanwhile someone else saves every year's rules with another regional ceiling.
    const rules = await apiAs(page, "GET", "/api/fund-rules");
    for (const year of rules.body.items) {
      const saved = await apiAs(page, "PUT", `/api/fund-rules/${year.fundingYear}`, {
        version: year.version,
        line2NationalCeiling: year.line2NationalCeiling,
        line2RegionalCeiling: "234567.00",
        countries: year.countries.map((c: { country: string; status: string; note: string }) => ({
          country: c.country,
          status: c.status,
          note: c.note,
        })),
      });
      expect(saved.status).toBe(200);
    }

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Someone else changed these rules").waitFor();
    expect(await national.inputValue()).toBe("190,000");
    await page.getByRole("button", { name: "Load the latest version" }).click();
    await expect.poll(() => regional.inputValue(), POLL).toBe("234,567.00");
    expect(await national.inputValue()).not.toBe("190,000");
    expect(await page.getByText("Someone else changed these rules").count()).toBe(0);

    // From the latest version, a save goes through.
    await national.fill("195000");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Fund rules saved").first().waitFor();
    await page.context().close();
  });
});

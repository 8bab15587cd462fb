/**
 * The walking skeleton as a new user meets it: start PRIMA on the embedded database, sign in as
 * the demo PM, filter the list, open a draft, edit it, reload, restart the server, and two
 * browsers saving the same project. axe-core checks each page on the way.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("walking skeleton in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dataDir = tempDataDir();
  let editedUrl = "";
  const newTitle = `Edited in Chromium ${Date.now()}`;

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: dataDir });
    browser = await launchChromium();
    // axe-core needs pages of an explicit browser context.
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("prints the address and the demo accounts, and runs on PGlite", async () => {
    expect(server.output()).toContain("pm@example.org");
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", db: "pglite" });
  });

  it("the printed address leads to the sign-in page", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("Email").waitFor();
  });

  it("serves the app's scripts compressed and cacheable for good", async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${server.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it("the sign-in page has no serious accessibility violation", async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-sign-in.png` });
  });

  it("after too many failed sign-ins, the page says when to try again", async () => {
    const email = "forgetful.guest@example.org";
    // The default allows 10 failures per account in 15 minutes: 9 by the API, the 10th on the page.
    for (let i = 0; i < 9; i++) {
      const response = await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: `not my password ${i}` }),
      });
      expect(response.status).toBe(401);
    }
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("still not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("The e-mail address or password is incorrect.");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Too many failed sign-ins. Try again in 15 min.");
  });

  it("the demo PM signs in and sees at least 150 projects", async () => {
    await signInAs(page, server.url, "pm@example.org");
    // Sign-in lands on the home page; the list is one click away.
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Projects" })
      .click();
    await page.waitForURL(/\/projects/);
    const total = page.getByTestId("project-total");
    await total.waitFor();
    const count = Number(((await total.textContent()) ?? "").replace(/\D/g, ""));
    expect(count).toBeGreaterThanOrEqual(150);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot.png` });
  });

  it("filters the list by region", async () => {
    await page.getByRole("textbox", { name: "Region" }).click();
    await page.getByRole("option", { name: "West and Central Africa" }).click();
    await page.waitForURL(/region=WCA/);
    const total = () =>
      page
        .getByTestId("project-total")
        .textContent()
        .then((text) => Number((text ?? "").replace(/\D/g, "")));
    await expect.poll(total).toBeLessThan(150);
    expect(await total()).toBeGreaterThan(0);
  });

  it("opens one of the PM's drafts, edits it and sees the change after a reload", async () => {
    await page.goto(`${server.url}/projects?mine=true&status=draft`);
    const firstProject = page.getByRole("table").getByRole("link").first();
    await firstProject.click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    editedUrl = page.url();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-project.png`, fullPage: true });

    await page
      .getByRole("link", { name: "Edit" })
      .or(page.getByRole("button", { name: "Edit" }))
      .first()
      .click();
    const title = page.getByLabel("Title", { exact: true });
    await title.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await title.fill(newTitle);
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(editedUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(newTitle);

    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(newTitle);
  });

  it("the form works in French and Spanish too", async () => {
    for (const [language, heading] of [
      ["fr", /Modifier/],
      ["es", /Editar/],
    ] as const) {
      await page.evaluate((lng) => localStorage.setItem("prima.language", lng), language);
      await page.goto(`${editedUrl}/edit`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(heading);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.evaluate(() => localStorage.setItem("prima.language", "en"));
  });

  it("two browsers edit the same project: the second save gets a conflict and overwrites nothing", async () => {
    // Two independent browser sessions of the same PM, as on two machines.
    const other = await browser.newContext();
    const firstPage = await other.newPage();
    await signInAs(firstPage, server.url, "pm@example.org");
    const second = page;

    await firstPage.goto(`${editedUrl}/edit`);
    await second.goto(`${editedUrl}/edit`);
    await firstPage.getByLabel("Title", { exact: true }).fill("Saved by the first browser");
    await second.getByLabel("Title", { exact: true }).fill("Saved by the second browser");
    await firstPage.getByRole("button", { name: "Save" }).click();
    await firstPage.waitForURL(editedUrl);
    await second.getByRole("button", { name: "Save" }).click();
    await second
      .getByText(/someone else saved/i)
      .first()
      .waitFor();

    await page.goto(editedUrl);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Saved by the first browser");
    await other.close();
  });

  it("keeps the data, and the PM's session, across a restart", async () => {
    await server.stop();
    server = await startPrima({ DATA_DIR: dataDir });
    // The server listens on a new port; the session cookie is per host, so it carries over.
    await page.goto(editedUrl.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.url));
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("Saved by the first browser");
    expect(server.output()).not.toContain("Demo data:");
  });
});

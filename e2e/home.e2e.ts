/**
 * The home page in Chromium: sign-in lands on it; a project bookmarked from the list appears in
 * "My bookmarks"; a country on the map (mouse or keyboard) leads to the list filtered on it with
 * as many projects as the map said; the table view and the search box work; axe finds nothing
 * serious; and the header still works on a phone. Takes docs/screenshot-home.png.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("the home page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let code = "";
  let title = "";

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir() });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const total = async () =>
    Number(((await page.getByTestId("project-total").textContent()) ?? "").replace(/\D/g, ""));

  it("signing in lands on the home page, with figures, the map and no bookmarks yet", async () => {
    await signInAs(page, server.url, "viewer@example.org");
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("heading", { level: 1, name: "Portfolio at a glance" }).waitFor();
    const projects = await page.getByTestId("figure-projects").textContent();
    expect(Number((projects ?? "").replace(/\D/g, ""))).toBe(264);
    await page.getByText("No bookmarks yet").waitFor();
    await page.getByRole("group", { name: /World map of projects/ }).waitFor();
  });

  it("a project bookmarked from the list appears in my bookmarks on the home page", async () => {
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Projects" })
      .click();
    await page.waitForURL(/\/projects/);
    const row = page.getByRole("table").locator("tbody tr").first();
    const star = row.getByRole("button", { name: /^Bookmark / });
    code = ((await star.getAttribute("aria-label")) ?? "").replace(/^Bookmark /, "");
    title = ((await row.getByRole("link").first().textContent()) ?? "").trim();
    await star.click();
    await page.getByRole("button", { name: `Remove bookmark ${code}` }).waitFor();

    await page.getByRole("link", { name: "PRIMA, Home" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    const bookmarks = page.getByTestId("bookmarks");
    await bookmarks.getByRole("link", { name: title }).waitFor();
    expect(await bookmarks.textContent()).toContain(code);
  });

  it("has no serious accessibility violation, and looks right", async () => {
    await page.getByRole("group", { name: /World map of projects/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // With a tooltip showing, as a user sees it.
    await page.getByRole("link", { name: /^Kenya: \d+ projects?$/ }).hover();
    await page.getByText(/^\d+ projects?$/).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-home.png` });
  });

  it("a country on the map leads to the list filtered on it, with as many projects as the map said", async () => {
    const kenya = page.getByRole("link", { name: /^Kenya: \d+ projects?$/ });
    const said = Number(((await kenya.getAttribute("aria-label")) ?? "").replace(/\D/g, ""));
    expect(said).toBeGreaterThan(0);
    await kenya.click();
    await page.waitForURL(/\/projects\?country=KEN/);
    await expect.poll(total).toBe(said);
  });

  it("a country reached with the keyboard shows its tooltip and opens with Enter", async () => {
    await page.goto(`${server.url}/`);
    const map = page.getByRole("group", { name: /World map of projects/ });
    await map.waitFor();
    const first = map.getByRole("link").first();
    const name = (await first.getAttribute("aria-label")) ?? "";
    const [country] = name.split(":");
    await first.focus();
    const tooltip = page
      .locator("div[aria-hidden]")
      .filter({ hasText: country ?? "" })
      .last();
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/\d+ projects?/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projects\?country=[A-Z]{3}/);
  });

  it("shows the same numbers as a table, and the search box opens the search page", async () => {
    await page.goto(`${server.url}/`);
    await page.getByText("Table", { exact: true }).click();
    const table = page.getByTestId("country-table");
    await table.waitFor();
    expect(await table.getByRole("row", { name: /Kenya/ }).count()).toBe(1);
    await page.getByRole("searchbox", { name: "Search projects" }).fill("labour mobility");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\/search\?q=labour(%20|\+)mobility/);
  });

  it("removing the bookmark on the home page empties the list at once", async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByTestId("bookmarks")
      .getByRole("button", { name: `Remove bookmark ${code}` })
      .click();
    await page.getByText("No bookmarks yet").waitFor();
    await page.reload();
    await page.getByText("No bookmarks yet").waitFor();
  });

  it("on a phone, the burger menu reaches home, search and dashboards", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/projects`);
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("navigation", { name: "Navigation" });
    for (const name of ["Home", "Search", "Dashboards"]) await drawer.getByRole("link", { name }).waitFor();
    await drawer.getByRole("link", { name: "Home" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

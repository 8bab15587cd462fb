/**
 * The search engine as management uses it, in Chromium against the real server on the demo
 * portfolio: words typed in the box go to the URL and give ranked projects with the words marked;
 * ticking a facet narrows them and shows as a removable filter; axe finds nothing serious; a result
 * bookmarked there appears on the home page.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

/** The number in the results heading ("12 projects"). */
async function resultCount(page: Page): Promise<number> {
  const heading = (await page.getByRole("heading", { level: 2, name: /\d+ projects?$/ }).textContent()) ?? "";
  return Number(heading.replace(/[^\d]/g, ""));
}

describe("searching the portfolio, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), PRIMA_CLOCK: "2026-11-01T09:00:00Z" });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    await signInAs(page, server.url, "viewer@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds projects about labour mobility, best first, with the words marked", async () => {
    await page.goto(`${server.url}/search`);
    await page.getByRole("searchbox", { name: "Search" }).fill("labour mobility");
    await page.waitForURL((url) => url.searchParams.get("q") === "labour mobility");
    const results = page.locator("article");
    await expect
      .poll(async () => (await results.first().locator("mark").allTextContents()).join(" "), {
        timeout: 60_000,
      })
      .toMatch(/labour mobility/i);
    expect(await resultCount(page)).toBeGreaterThan(1);
    // Best first: the first result shows both words, side by side, where it has them.
    expect((await results.first().locator("mark").allTextContents()).join(" ")).toMatch(/labour mobility/i);
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-search.png"), fullPage: false });
  });

  it("narrows the results when a facet is ticked, and shows the choice as a removable filter", async () => {
    const before = await resultCount(page);
    const regions = page.getByRole("group", { name: "Region" });
    const first = regions.getByRole("checkbox").first();
    const label =
      (await first.locator("xpath=ancestor::div[contains(@class,'Checkbox-root')]").textContent()) ?? "";
    const facetCount = Number(/\((\d[\d,]*)\)/.exec(label)?.[1]?.replace(/,/g, ""));
    // The URL holds the choice: the box is ticked once the page has followed it.
    await first.click();
    await page.waitForURL((url) => url.searchParams.has("region"));
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(facetCount);
    expect(await first.isChecked()).toBe(true);
    expect(facetCount).toBeLessThan(before);
    const filters = page.getByRole("group", { name: "Active filters" });
    await expect
      .poll(async () => (await filters.textContent()) ?? "", { timeout: 15_000 })
      .toContain("Region:");
    await filters.getByRole("button", { name: /Remove the filter Region/ }).click();
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(before);
  });

  it("narrows to the projects a donor co-funds with the 'Co-funded by' facet", async () => {
    const before = await resultCount(page);
    const donors = page.getByRole("group", { name: "Co-funded by" });
    const first = donors.getByRole("checkbox").first();
    const label =
      (await first.locator("xpath=ancestor::div[contains(@class,'Checkbox-root')]").textContent()) ?? "";
    const facetCount = Number(/\((\d[\d,]*)\)/.exec(label)?.[1]?.replace(/,/g, ""));
    expect(facetCount).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL((url) => url.searchParams.has("cofundedBy"));
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(facetCount);
    expect(facetCount).toBeLessThan(before);
    const filters = page.getByRole("group", { name: "Active filters" });
    await filters.getByRole("button", { name: /Remove the filter Co-funded by/ }).click();
    await expect.poll(() => resultCount(page), { timeout: 15_000 }).toBe(before);
  });

  it("keeps both regions ticked when the second is ticked before the page follows the first", async () => {
    await page.goto(`${server.url}/search?q=labour`);
    const boxes = page.getByRole("group", { name: "Region" }).getByRole("checkbox");
    await boxes.nth(1).waitFor();
    const [a, b] = await Promise.all([boxes.nth(0).elementHandle(), boxes.nth(1).elementHandle()]);
    // One task: the second click always comes before the router has shown the first.
    await page.evaluate(
      ([first, second]) => {
        (first as HTMLElement).click();
        (second as HTMLElement).click();
      },
      [a, b],
    );
    await expect.poll(() => new URL(page.url()).searchParams.getAll("region").length).toBe(2);
    await expect.poll(() => boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await page
      .getByRole("group", { name: "Active filters" })
      .getByRole("button", { name: /Remove the filter Region/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("region").length).toBe(1);
    const remove = page
      .getByRole("group", { name: "Active filters" })
      .getByRole("button", { name: /Remove the filter Region/ });
    await expect.poll(() => remove.count()).toBe(1);
    await remove.click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("region").length).toBe(0);
  });

  it("has no serious accessibility violation", async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("a result bookmarked from the search appears on the home page", async () => {
    const first = page.locator("article").first();
    const star = first.getByRole("button", { name: /^Bookmark / });
    const code = ((await star.getAttribute("aria-label")) ?? "").replace(/^Bookmark /, "");
    expect(code).not.toBe("");
    await star.click();
    await first.getByRole("button", { name: `Remove bookmark ${code}` }).waitFor();
    await page.getByRole("link", { name: "PRIMA, Home" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    const bookmarks = page.getByTestId("bookmarks");
    await expect.poll(async () => (await bookmarks.textContent()) ?? "", { timeout: 15_000 }).toContain(code);
  });
});

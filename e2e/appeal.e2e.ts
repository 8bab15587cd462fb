/**
 * The 2016 funding requirements end to end: `prima import appeal` on the text in the repository
 * (twice, and a broken file that writes nothing), then the funding requirements page in Chromium
 * on the demo portfolio (grouping, totals, axe) and its screenshot for the documentation.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, runPrima, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");
const APPEAL_FILE = "src/server/db/seed/reference/appeal-2016.txt";

async function signIn(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  return login.headers.get("set-cookie")?.split(";")[0] ?? "";
}

describe("prima import appeal", () => {
  it("imports seed 001's 2016 requirements, again without change, and refuses a broken file", async () => {
    const env = { DATA_DIR: tempDataDir(), PRIMA_DEMO: "false" };
    const first = await runPrima(["import", "appeal", APPEAL_FILE, "--code", "2016"], env);
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      "Appeal 2016 imported: 662 requirements (0 replaced), total USD 1,946,969,000",
    );
    expect(first.output).toContain("(overview: USD 1,946,909,000)");
    expect(first.output).toContain("from the overview only: SAF");
    expect(first.output).toContain(
      "line 248: South-Eastern Europe, Eastern Europe and Central Asia, Total: the country table gives USD 125,925,000; the overview says USD 118,075,000",
    );
    const again = await runPrima(["import", "appeal", APPEAL_FILE, "--code", "2016"], env);
    expect(again.output).toContain("662 requirements (662 replaced), total USD 1,946,969,000");

    const broken = path.join(env.DATA_DIR, "broken.txt");
    await writeFile(
      broken,
      "East and Horn of Africa\n\tMigration health\tTotal\nAtlantis\t1,000\t1,000\nKenya\tten\t10\n",
    );
    const refused = await runPrima(["import", "appeal", broken, "--code", "broken"], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain("nothing was imported");
    expect(refused.output).toContain('line 3: Unknown country: "Atlantis"');
    expect(refused.output).toContain('line 4: "Kenya": not an amount: ten');
    expect(refused.output).not.toMatch(/\n\s+at /);

    await runPrima(
      ["create-user", "--email", "v@example.org", "--role", "viewer", "--password", "long-enough-pw"],
      env,
    );
    const server = await startPrima(env);
    try {
      const cookie = await signIn(server.url, "v@example.org", "long-enough-pw");
      const list = await (await fetch(`${server.url}/api/appeals`, { headers: { cookie } })).json();
      expect(list.items).toEqual([expect.objectContaining({ code: "2016", totalCents: 194_696_900_000 })]);
    } finally {
      await server.stop();
    }
  });
});

describe("the funding requirements page", () => {
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

  it("compares the demo's 2016 appeal with funded projects by region, country and area of work", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "fund@example.org");
    await page.goto(`${server.url}/dashboard/funding-requirements?fundingYear=all`);
    const table = page.getByRole("table", { name: "Requirements and funding by region" });
    await expect.poll(() => table.locator("tfoot").textContent()).toContain("$1,946,969,000");
    await expect.poll(() => table.getByRole("rowheader").allInnerTexts()).toContain("Southern Africa");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "screenshot-funding-requirements.png"),
      fullPage: true,
    });

    await page.getByText("Country", { exact: true }).click();
    const byCountry = page.getByRole("table", { name: "Requirements and funding by country" });
    await expect.poll(() => byCountry.getByRole("rowheader").allInnerTexts()).toContain("Burundi");
    await page.getByText("Table", { exact: true }).click();
    // The chart's table view and the table below both list it.
    await expect.poll(() => page.getByRole("rowheader", { name: "Colombia", exact: true }).count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByText("Area of work", { exact: true }).click();
    const byArea = page.getByRole("table", { name: "Requirements and funding by area of work" });
    await expect.poll(() => byArea.getByRole("rowheader").allInnerTexts()).toContain("Not broken down");
    const excel = page.getByRole("link", { name: "Excel" });
    expect(await excel.getAttribute("href")).toBe(
      "/api/appeals/2016/comparison/export?by=area&format=xlsx&lang=en",
    );
    await context.close();
  });
});

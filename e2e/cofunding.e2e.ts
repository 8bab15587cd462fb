/**
 * Co-funding in Chromium: a project manager adds a funder in yen to their draft, sees it in USD
 * with its rate, and changes it in place; the fund manager checks a CSV of rates (problems by
 * line), imports a good one, reads a rate's history and the totals per donor. No serious accessibility violation on desktop or on a phone.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { animationsEnded, seriousA11yViolations, signInAs } from "./browser";
import { demoInChromium } from "./demoInChromium";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("co-funding and exchange rates", () => {
  const demo = demoInChromium();

  it("a project manager adds a funder in yen and reads it in USD with its rate", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "pm@example.org");
    const id = await page.evaluate(async () => {
      // The portfolio is open to every PM: pick a draft this PM may edit.
      const list = await (await fetch("/api/projects?status=draft&pageSize=100")).json();
      for (const item of list.items as { id: string }[]) {
        const sources = await (await fetch(`/api/projects/${item.id}/funding-sources`)).json();
        if (sources.can?.edit) return item.id;
      }
      return null;
    });
    expect(id).not.toBeNull();
    await page.goto(`${demo.server.url}/projects/${id}`);
    const form = page.getByRole("form", { name: "Add a funding source" });
    await form.waitFor();
    await form.getByLabel("Organisation", { exact: true }).fill("Government of Japan");
    await form.getByLabel("Amount", { exact: true }).fill("1.5");
    await form.getByRole("textbox", { name: "Currency" }).fill("JPY");
    await page.getByRole("option", { name: "JPY", exact: true }).click();
    await form.getByLabel("Date", { exact: true }).fill("2026-03-10");
    await form.getByRole("button", { name: "Add" }).click();
    await expect.poll(() => form.textContent()).toContain("This currency has fewer decimals (JPY)");
    // Not an amount: the message names the source's currency, not the fund's USD.
    await form.getByLabel("Amount", { exact: true }).fill("2 million");
    await form.getByRole("button", { name: "Add" }).click();
    await expect.poll(() => form.textContent()).toContain("Enter an amount in JPY");
    // Written with thousands separators, as people write amounts.
    await form.getByLabel("Amount", { exact: true }).fill("2,000,000");
    await form.getByRole("button", { name: "Add" }).click();
    const table = page.getByRole("table", {
      name: "Other funders of this project, in their currency and in USD",
    });
    const row = table.getByRole("row", { name: /Government of Japan/ });
    // In its own currency as the language writes it, with the rate's month in words.
    await expect.poll(() => row.textContent()).toMatch(/JPY\s2,000,000/);
    await expect.poll(() => row.textContent()).toMatch(/USD per unit, rate of Mar 2026/);

    // The pledge is confirmed for a larger amount: changed in place, not removed and added again.
    await row.getByRole("button", { name: "Change Government of Japan" }).click();
    const edit = page.getByRole("form", { name: "Change Government of Japan" });
    await expect.poll(() => edit.getByLabel("Amount", { exact: true }).inputValue()).toBe("2000000");
    await edit.getByLabel("Amount", { exact: true }).fill("2500000");
    await edit.getByRole("textbox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Confirmed", exact: true }).click();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => row.textContent()).toMatch(/JPY\s2,500,000/);
    expect(await row.textContent()).toContain("Confirmed");
    await expect.poll(() => edit.count()).toBe(0);
    expect(await table.getByRole("row", { name: /Government of Japan/ }).count()).toBe(1);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("the fund manager checks and imports a CSV of rates and reads the totals per donor", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    await page.goto(`${demo.server.url}/fund-rules/co-funding`);
    const donors = page.getByRole("table", { name: /Each donor's sources/ });
    await expect.poll(() => donors.textContent()).toContain("European Union");
    const csv = page.getByLabel("CSV of rates");
    await csv.fill("currency,month,rate\nGBP,2026-13,1.27\n");
    await page.getByRole("button", { name: "Check" }).click();
    await expect
      .poll(() =>
        page
          .getByText(/^Line 2:/)
          .first()
          .textContent(),
      )
      .toContain("Line 2");
    await csv.fill("currency,month,rate\nGBP,2026-10,1.27\nCHF,2026-10,1.13\n");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => page.getByText("2 new, 0 changed, 0 unchanged").count()).toBe(1);
    // Unfiltered, the latest rates of every currency: the demo's and the two just imported.
    const rates = page.getByRole("table", { name: "USD for one unit of each currency, per month" });
    await expect.poll(() => rates.textContent()).toContain("GBP");
    for (const currency of ["CHF", "EUR", "JPY", "KWD"])
      expect(await rates.textContent()).toContain(currency);
    await page.getByLabel("Show one currency").fill("GBP");
    await expect.poll(() => rates.textContent()).toContain("1.27000000");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The window from the top, nothing focused: a full-page shot would draw the sticky header mid-page.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, "screenshot-cofunding.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The rate's history: the import just made, by this fund manager.
    await page.setViewportSize({ width: 1280, height: 900 });
    await rates.getByRole("button", { name: "History of the GBP rate for 2026-10" }).click();
    const history = page.getByRole("dialog", { name: "GBP rate for 2026-10: its changes" });
    const changes = history.getByRole("table", { name: "Each change of this rate, newest first" });
    await expect.poll(() => changes.getByRole("row").count()).toBe(2);
    expect(await changes.textContent()).toContain("Imported from a CSV");
    expect(await changes.textContent()).toContain("1.27000000");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await history.getByRole("button", { name: "Close the history" }).click();
    await expect.poll(() => history.count()).toBe(0);
    await context.close();
  });
});

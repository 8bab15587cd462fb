/**
 * Spending against the budget in Chromium: the portfolio's Spending page (by variance, flagged
 * areas named, and by unspent balance at the end) and a flagged project's section on its page,
 * on the demo. No serious accessibility violation on desktop or on a phone.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { animationsEnded, seriousA11yViolations, signInAs } from "./browser";
import { demoInChromium } from "./demoInChromium";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("spending against the budget", () => {
  const demo = demoInChromium();

  it("the Spending page lists projects by variance and by unspent balance", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    await page.goto(`${demo.server.url}/dashboard/spending`);
    const variance = page.getByTestId("spending-variance");
    await variance.waitFor();
    await expect.poll(() => variance.textContent()).toContain("Flagged");
    await expect.poll(() => page.getByTestId("spending-unspent").textContent()).toContain("Overspent");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("a flagged project's page shows budget against spending, the flag and the burn rate", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    const id = await page.evaluate(async () => {
      const lists = await (await fetch("/api/spending")).json();
      return (lists.byVariance as { projectId: string; state: string }[]).find((p) => p.state === "flagged")
        ?.projectId;
    });
    expect(id).toBeTruthy();
    await page.goto(`${demo.server.url}/projects/${id}`);
    const section = page.getByTestId("spending-section");
    await section.waitFor();
    await expect.poll(() => section.textContent()).toContain("Above its share");
    await expect
      .poll(() => page.getByTestId("burn-rate").textContent())
      .toContain("of the planned time elapsed");
    await section.scrollIntoViewIfNeeded();
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page
      .getByRole("region", { name: "Budget against spending" })
      .screenshot({ path: path.join(SCREENSHOTS, "screenshot-spending.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

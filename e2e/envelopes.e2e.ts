/**
 * The envelopes on the Fund rules page in Chromium: the fund manager reads the demo's 2026
 * figures per line, lowers the Line 1 envelope and sees what is available follow; a project
 * manager reads the same table without the fields. No serious accessibility violation on desktop
 * or on a phone.
 */
import { describe, expect, it } from "vitest";
import { animationsEnded, seriousA11yViolations, signInAs } from "./browser";
import { demoInChromium } from "./demoInChromium";

describe("the envelopes on the Fund rules page", () => {
  const demo = demoInChromium();

  it("the fund manager sets Line 1's envelope and sees what is available change", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    await page.goto(`${demo.server.url}/fund-rules?year=2026`);
    const table = page.getByRole("table", { name: "Envelopes per fund line, funding year 2026" });
    await table.waitFor();
    const line1 = table.getByRole("row", { name: /^Line 1/ });
    // The demo: USD 1,500,000 for Line 1, of which USD 83,400 is committed in 2026.
    await expect.poll(() => line1.textContent()).toContain("1,416,600");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const field = page.getByLabel("Line 1 envelope for 2026", { exact: true });
    await field.fill("100000");
    await page.getByRole("button", { name: "Save the Line 1 envelope" }).click();
    // Allocated, committed, pipeline, spent, available.
    await expect.poll(() => line1.textContent()).toBe("Line 1$100,000$83,400$287,790$0$16,600");

    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("the approval dialog shows the line's envelope before and after the approval", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    const id = await page.evaluate(async () => {
      const list = await (await fetch("/api/projects?status=endorsed&fundingYear=2026&pageSize=50")).json();
      return (list.items as { id: string; fundLine: string }[]).find((p) => p.fundLine === "L2")?.id ?? null;
    });
    expect(id).not.toBeNull();
    await page.goto(`${demo.server.url}/projects/${id}`);
    await page.getByRole("button", { name: "Approve funding" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("textbox", { name: "Approved amount (USD)" }).fill("100000");
    await expect
      .poll(() => dialog.getByTestId("envelope-before-after").textContent())
      .toMatch(/^Line 2 envelope 2026: \$[\d,]+ available before this approval, \$[\d,]+ after\.$/);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it("a save that lost to another tab's says so, shows their amount, and saves when sent again", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    await signInAs(first, demo.server.url, "fund@example.org");
    for (const page of [first, second]) {
      await page.goto(`${demo.server.url}/fund-rules?year=2025`);
      await page.getByLabel("Line 2 envelope for 2025", { exact: true }).waitFor();
    }
    const save = async (page: typeof first, amount: string) => {
      await page.getByLabel("Line 2 envelope for 2025", { exact: true }).fill(amount);
      await page.getByRole("button", { name: "Save the Line 2 envelope" }).click();
    };
    await save(first, "4100000");
    await expect.poll(() => first.getByText("The Line 2 envelope for 2025 is saved.").count()).toBe(1);

    await save(second, "4200000");
    const field = second.getByLabel("Line 2 envelope for 2025", { exact: true });
    await expect
      .poll(() => second.getByText("Someone else changed this envelope", { exact: false }).count())
      .toBe(1);
    await expect.poll(() => field.inputValue()).toBe("4,100,000.00");
    await animationsEnded(second);
    expect(await seriousA11yViolations(second)).toEqual([]);

    await save(second, "4200000");
    const table = second.getByRole("table", { name: "Envelopes per fund line, funding year 2025" });
    await expect.poll(() => table.getByRole("row", { name: /^Line 2/ }).textContent()).toContain("4,200,000");
    expect(await second.getByText("Someone else changed this envelope", { exact: false }).count()).toBe(0);
    await context.close();
  });

  it("a threshold typed with decimals or below zero is refused on its field, not changed and saved", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    await page.goto(`${demo.server.url}/fund-rules`);
    const panel = page.getByTestId("spending-threshold");
    const field = panel.getByLabel("Threshold (%)");
    await field.waitFor();
    const before = await panel.textContent();
    for (const typed of ["12.5", "-5"]) {
      await field.fill("");
      await field.pressSequentially(typed);
      await panel.getByRole("button", { name: "Save threshold" }).click();
      await expect.poll(() => panel.getByText("Enter a whole number from 0 to 1000.").count()).toBe(1);
      expect(await field.inputValue()).toBe(typed);
    }
    await page.reload();
    await panel.getByLabel("Threshold (%)").waitFor();
    expect(await panel.textContent()).toBe(before);
    await context.close();
  });

  it("a project manager reads the envelopes without the fields", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "pm@example.org");
    await page.goto(`${demo.server.url}/fund-rules?year=2026`);
    const table = page.getByRole("table", { name: "Envelopes per fund line, funding year 2026" });
    await table.waitFor();
    await expect.poll(() => table.getByRole("row", { name: /^Line 2/ }).textContent()).toContain("4,000,000");
    expect(await page.getByLabel("Line 2 envelope for 2026", { exact: true }).count()).toBe(0);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

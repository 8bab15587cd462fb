/**
 * Budget revisions in Chromium: the demo project manager asks for a smaller budget on one of
 * their active projects from the project page's dialog; the fund manager opens the review, sees
 * the current and revised budgets side by side, and approves; the project's budget follows. No
 * serious accessibility violation in either dialog, on desktop and on a phone. The review is the
 * README's screenshot; the approved revision is then marked on the project's timeline.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { animationsEnded, seriousA11yViolations, signInAs } from "./browser";
import { demoInChromium } from "./demoInChromium";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("budget revisions", () => {
  const demo = demoInChromium();
  let projectId: string | null = null;

  it("the project manager asks for a revision from the project page", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "pm@example.org");
    // One of the PM's active projects with no revision waiting.
    projectId = await page.evaluate(async () => {
      const list = await (await fetch("/api/projects?status=active&mine=true&pageSize=50")).json();
      for (const p of list.items as { id: string }[]) {
        const revisions = await (await fetch(`/api/projects/${p.id}/revisions`)).json();
        if (revisions.can.request) return p.id;
      }
      return null;
    });
    expect(projectId).not.toBeNull();
    await page.goto(`${demo.server.url}/projects/${projectId}`);
    await page.getByRole("button", { name: "Request a budget revision" }).click();
    const dialog = page.getByRole("dialog", { name: "Request a budget revision" });
    await dialog.waitFor();
    const total = dialog.getByRole("textbox", { name: "Revised budget" });
    const current = Number((await total.inputValue()).replace(/[^\d.]/g, ""));
    // Ten points of the largest activity type move to one the project did not have.
    const activities = dialog.getByRole("group", { name: "Shares by activity type" });
    const inputs = activities.getByRole("textbox");
    const values = await inputs.evaluateAll((all) => all.map((i) => Number((i as HTMLInputElement).value)));
    const largest = values.indexOf(Math.max(...values));
    await inputs.nth(largest).fill(String((values[largest] ?? 0) - 10));
    await dialog.getByRole("textbox", { name: "Add an activity type" }).click();
    const added = (await page.getByRole("option").first().textContent()) ?? "";
    await page.getByRole("option").first().click();
    await activities.getByRole("textbox", { name: added, exact: true }).fill("10");
    await dialog
      .getByRole("textbox", { name: "Justification" })
      .fill("The partner agency now pays for the printing of the awareness material.");

    // Far above what the fund's rules allow: the server's refusal is read out, focused and in view,
    // below the dialog's title bar.
    await total.fill(String(current + 5_000_000));
    await dialog.getByRole("button", { name: "Send the request" }).click();
    const refusal = dialog.getByRole("alert");
    await expect.poll(() => refusal.evaluate((el) => el === document.activeElement)).toBe(true);
    const header = dialog.locator(".mantine-Modal-header");
    const inView = async () => {
      const [bar, box] = [await header.boundingBox(), await refusal.boundingBox()];
      return Boolean(bar && box && box.y >= bar.y + bar.height - 1 && box.y + 20 <= 900);
    };
    await expect.poll(inView).toBe(true);
    // Its amounts are written as the language writes numbers: "USD 5,123,000.00", not "USD 5123000.00".
    expect(await refusal.textContent()).toMatch(/USD \d{1,3}(,\d{3})+/);
    expect(await refusal.textContent()).not.toMatch(/USD \d{4}/);
    // Typed as people write amounts, with thousands separators.
    await total.fill((current - 1000).toLocaleString("en-US", { minimumFractionDigits: 2 }));
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Send the request" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByText("Waiting for decision").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("the fund manager sees the budgets side by side and approves", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "fund@example.org");
    await page.goto(`${demo.server.url}/projects/${projectId}`);
    await page.getByRole("button", { name: "Review" }).click();
    const dialog = page.getByRole("dialog", { name: "Review the budget revision" });
    await dialog.waitFor();
    const table = dialog.getByRole("table", { name: "The current budget and the revised budget" });
    await expect
      .poll(() => table.getByRole("row", { name: /^Total budget/ }).textContent())
      .toContain("-$1,000");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.screenshot({ path: path.join(SCREENSHOTS, "screenshot-budget-revision.png") });

    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    await dialog.getByRole("textbox", { name: "Comment" }).fill("Thank you for returning the funds.");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "hidden" });
    const approved = await page.evaluate(
      async (id) => (await (await fetch(`/api/projects/${id}/revisions`)).json()).items[0].status,
      projectId,
    );
    expect(approved).toBe("approved");

    // The project's timeline marks the approved revision on the planned bar, its change in words.
    await page.reload();
    const marks = page.locator("svg title").filter({ hasText: /^Budget revision: -\$1,000/ });
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(1);
    await context.close();
  });
});

/**
 * The budget by year in Chromium (issue 15 §2): the PM edits the split of a draft in the project
 * form (the live line shows the difference until the years add up), saves, and finds the years
 * on the project page. No serious accessibility violation; the form's part is the README's picture.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "../src/domain/money";
import { animationsEnded, seriousA11yViolations, signInAs } from "./browser";
import { demoInChromium } from "./demoInChromium";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");

describe("the budget by year", () => {
  const demo = demoInChromium();

  it("the PM edits the split in the form, saves, and sees it on the project page", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, demo.server.url, "pm@example.org");
    const draft = await page.evaluate(async () => {
      const list = await (await fetch("/api/projects?status=draft&mine=true&pageSize=50")).json();
      for (const item of list.items as { id: string; can: { update: boolean } }[]) {
        if (!item.can.update) continue;
        const project = await (await fetch(`/api/projects/${item.id}`)).json();
        if (project.budgetYears.length >= 2)
          return project as { id: string; requestedBudget: string; budgetYears: { requested: string }[] };
      }
      return null;
    });
    expect(draft).not.toBeNull();
    if (!draft) return;
    const total = parseMoney(draft.requestedBudget) ?? 0;
    const years = draft.budgetYears.length;
    const first = Math.floor(total / 400) * 100; // a quarter of the total in whole dollars
    const middle = draft.budgetYears.slice(1, -1).map((y) => parseMoney(y.requested) ?? 0);
    const last = total - first - middle.reduce((s, c) => s + c, 0);

    await page.goto(`${demo.server.url}/projects/${draft.id}/edit`);
    const group = page.getByRole("group", { name: "Budget by year" });
    await group.waitFor();
    await group.getByLabel(/^Year 1:/).fill(formatMoney(first));
    await expect.poll(() => group.getByTestId("budget-years-sum").textContent()).toContain("Difference");
    await group.getByLabel(new RegExp(`^Year ${years}:`)).fill(formatMoney(last));
    await expect
      .poll(() => group.getByTestId("budget-years-sum").textContent())
      .toContain("The years add up to the requested budget.");
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // In the middle of the window: clear of the app's sticky header and the form's save bar.
    await group.evaluate((element) => element.scrollIntoView({ block: "center" }));
    const box = await group.boundingBox();
    if (box)
      await page.screenshot({
        path: path.join(SCREENSHOTS, "screenshot-budget-by-year.png"),
        clip: {
          x: Math.max(0, box.x - 8),
          y: Math.max(0, box.y - 8),
          width: box.width + 16,
          height: box.height + 16,
        },
      });

    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(`${demo.server.url}/projects/${draft.id}`);
    const table = page.getByTestId("budget-years");
    await table.waitFor();
    const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US")}`;
    await expect.poll(() => table.textContent()).toContain(dollars(first));
    expect(await table.textContent()).toContain(dollars(last));
    // The history records the change in money as the page writes it, not "31700.00".
    const history = page.getByRole("region", { name: "History" });
    await expect.poll(() => history.textContent()).toContain(dollars(first));
    // The page as a visitor finds it, without the "saved" notification of the form.
    await page.reload();
    await table.waitFor();
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

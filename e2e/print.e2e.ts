/**
 * Printing a project page gives a clean A4 proposal: Chromium's own PDF of the page, read back
 * with pdftotext as a reader would: the proposal's content, whole tables, and none of the screen's
 * navigation, buttons, review or history.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

describe("printing a project page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(page, server.url, "pm@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("gives the proposal on A4 pages, without the screen's navigation, buttons, review or history", async () => {
    const found = await page.evaluate(async () => {
      const list = await (await fetch("/api/projects?status=active&mine=true&pageSize=1")).json();
      const id = list.items[0].id as string;
      return (await fetch(`/api/projects/${id}`)).json();
    });
    await page.goto(`${server.url}/projects/${found.id}`);
    await page.getByRole("heading", { name: found.title, level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await page.emulateMedia({ media: "print" });

    const dir = mkdtempSync(path.join(tmpdir(), "prima-print-"));
    const pdf = path.join(dir, "proposal.pdf");
    writeFileSync(pdf, await page.pdf({ format: "A4", preferCSSPageSize: true }));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);

    expect(text).toContain(found.code);
    expect(text).toContain(found.title.slice(0, 30));
    for (const heading of ["Budget", "Results matrix", "Workplan"]) expect(text).toContain(heading);
    // Not the screen around it.
    for (const screenOnly of ["Sign out", "Dashboards", "Edit", "History", "Documents", "Back to projects"]) {
      expect(text, screenOnly).not.toContain(screenOnly);
    }
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(8);
    // Tables print whole: the last column of the budget table is on the page.
    const widest = await page.evaluate(() =>
      [...document.querySelectorAll("table")].map((t) => t.getBoundingClientRect().right),
    );
    const bodyRight = await page.evaluate(() => document.body.getBoundingClientRect().right);
    expect(Math.max(...widest)).toBeLessThanOrEqual(bodyRight + 1);
  });
});

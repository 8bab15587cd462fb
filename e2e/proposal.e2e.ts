/**
 * The project page offers its proposal as a Word document: the button downloads a .docx named
 * after the project's code, in the language the page is shown in.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

describe("downloading a proposal as a Word document in Chromium", () => {
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
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await signInAs(page, server.url, "pm@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("downloads the proposal named after the project's code", async () => {
    const found = await page.evaluate(async () => {
      const list = await (await fetch("/api/projects?mine=true&pageSize=1")).json();
      return list.items[0] as { id: string; code: string; title: string };
    });
    await page.goto(`${server.url}/projects/${found.id}`);
    await page.getByRole("heading", { name: found.title, level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download proposal (Word)", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${found.code}-proposal.docx`);
    expect(download.url()).toContain("lang=en");
    const file = await readFile(await download.path());
    // A .docx is a zip archive holding the document.
    expect(file.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(file.toString("latin1")).toContain("word/document.xml");
  });
});

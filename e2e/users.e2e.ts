/**
 * The people page as an administrator uses it in Chromium: add a person, find them, make them a
 * reviewer of a region, deactivate them (they can no longer sign in) and reactivate them; axe on
 * the page and on its dialogs.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");
const PERSON = { email: "awa.ndiaye@example.org", name: "Awa Ndiaye", password: "lantern velvet quarry" };

async function apiSignIn(url: string, email: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe("the people page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(page, server.url, "admin@example.org");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is in the administrator's menu and lists the demo's people", async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("row").count()).toBeGreaterThan(5);
    await expect.poll(() => page.getByText("pm@example.org", { exact: true }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("adds a person, refusing a guessable password on its field first", async () => {
    await page.getByRole("button", { name: "Add a person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.waitFor();
    await dialog.getByLabel("Set a first password here and give it to them").check();
    await dialog.getByLabel("E-mail", { exact: true }).fill(PERSON.email);
    await dialog.getByLabel("Name").fill(PERSON.name);
    await dialog.getByLabel("First password", { exact: true }).fill("password1234");
    await dialog.getByRole("button", { name: "Add" }).click();
    await expect.poll(() => dialog.getByText("This password is easy to guess").count()).toBe(1);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-people-add.png` });

    await dialog.getByLabel("First password", { exact: true }).fill(PERSON.password);
    await dialog.getByRole("button", { name: "Add" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await apiSignIn(server.url, PERSON.email, PERSON.password)).toBe(200);
  });

  it("finds the person and makes them a reviewer of a region", async () => {
    await page.getByLabel("Search people").fill("ndiaye");
    await expect.poll(() => page.getByRole("row").count()).toBe(2);
    await page.getByRole("button", { name: `Change ${PERSON.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Change ${PERSON.name}` });
    await dialog.getByRole("textbox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Regional reviewer" }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    // A reviewer needs a region: the server says so on the field.
    await expect.poll(() => dialog.getByText("A regional reviewer needs a region").count()).toBe(1);
    await dialog.getByRole("textbox", { name: "Region" }).click();
    await page.getByRole("option", { name: "West and Central Africa" }).click();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: new RegExp(PERSON.name) });
    await expect.poll(() => row.textContent()).toContain("Regional reviewer");
    await expect.poll(() => row.textContent()).toContain("West and Central Africa");
  });

  it("deactivates the person, who can then no longer sign in, and reactivates them", async () => {
    await page.getByRole("button", { name: `More for ${PERSON.name}` }).click();
    await page.getByRole("menuitem", { name: "Deactivate" }).click();
    const confirm = page.getByRole("dialog", { name: `Deactivate ${PERSON.name}?` });
    await confirm.waitFor();
    await page.getByRole("menu").waitFor({ state: "detached" });
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await confirm.getByRole("button", { name: "Deactivate" }).click();
    await confirm.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: new RegExp(PERSON.name) });
    await expect.poll(() => row.textContent()).toContain("Deactivated");
    expect(await apiSignIn(server.url, PERSON.email, PERSON.password)).toBe(401);

    await page.getByLabel("Search people").fill("");
    await page.locator("label", { hasText: /^Deactivated$/ }).click();
    await expect.poll(() => page.getByRole("row").count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-people.png` });

    await page.getByRole("button", { name: `More for ${PERSON.name}` }).click();
    await page.getByRole("menuitem", { name: "Reactivate" }).click();
    await page
      .getByRole("dialog", { name: `Reactivate ${PERSON.name}?` })
      .getByRole("button", { name: "Reactivate" })
      .click();
    await expect.poll(() => page.getByText("Nobody matches these filters.").count()).toBe(1);
    expect(await apiSignIn(server.url, PERSON.email, PERSON.password)).toBe(200);
  });

  it("keeps every filter chosen before the list catches up with the one before", async () => {
    // The router commits a new address in a transition: on a busy machine a second click (or the
    // search box's delayed words) can come before it. Both clicks here run in one task, so the
    // second always comes first; each must add to the address, not undo the one before.
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
    await page.getByRole("textbox", { name: "Role" }).click();
    const option = page.getByRole("option", { name: "Regional reviewer" });
    await option.waitFor();
    const status = page.locator("label", { hasText: /^Active$/ });
    await Promise.all([option.elementHandle(), status.elementHandle()]).then(([a, b]) =>
      page.evaluate(
        ([first, second]) => {
          (first as HTMLElement).click();
          (second as HTMLElement).click();
        },
        [a, b],
      ),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get("active")).toBe("true");
    expect(new URL(page.url()).searchParams.get("role")).toBe("reviewer");
    await expect
      .poll(() => page.getByRole("textbox", { name: "Role" }).inputValue())
      .toBe("Regional reviewer");
  });
});

/**
 * One's own profile in Chromium, as the demo viewer: reached from the account menu; the language
 * chosen there follows the person to another browser; the sessions list and "sign out other
 * sessions"; a password change that needs the current password. axe on the page.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const SCREENSHOTS = path.resolve(import.meta.dirname, "../docs");
const EMAIL = "viewer@example.org";
const NEW_PASSWORD = "amber kettle fjord";

describe("one's own profile in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let elsewhere: Page;

  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchChromium();
    elsewhere = await newPage();
    await signInAs(elsewhere, server.url, EMAIL);
    page = await newPage();
    await signInAs(page, server.url, EMAIL);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is reached from the account menu and lists both browsers the person signed in on", async () => {
    await page.getByRole("button", { name: /^Account of / }).click();
    await page.getByRole("menuitem", { name: "Your profile" }).click();
    await page.getByRole("heading", { name: "Your profile", level: 1 }).waitFor();
    const sessions = page.getByRole("table", { name: "Your sessions" });
    await expect.poll(() => sessions.getByRole("row").count()).toBe(3);
    await expect.poll(() => sessions.getByText("This browser").count()).toBe(1);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-profile.png`, fullPage: true });
  });

  it("signs out the other session, which then meets the sign-in page", async () => {
    await page.getByRole("button", { name: "Sign out other sessions" }).click();
    await expect.poll(() => page.getByText("You are signed in nowhere else.").count()).toBe(1);
    await elsewhere.goto(`${server.url}/projects`);
    await elsewhere.waitForURL(/\/login/);
  });

  it("refuses a wrong current password on its field, then changes the password", async () => {
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByText("This is not your current password").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete"))).toBe(
      "current-password",
    );

    await page.getByLabel("Current password").fill("prima-demo");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByText("Your password is changed.", { exact: false }).count()).toBe(1);
    await signInAs(elsewhere, server.url, EMAIL, NEW_PASSWORD);
  });

  it("keeps the chosen language: saved in French, another browser opens in French", async () => {
    await page.getByRole("textbox", { name: "Language" }).click();
    await page.getByRole("option", { name: "Français" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("heading", { name: "Votre profil", level: 1 }).waitFor();

    // A browser that never chose a language, signing in as the same person, speaks French.
    const fresh = await newPage();
    await signInAs(fresh, server.url, EMAIL, NEW_PASSWORD);
    await fresh.goto(`${server.url}/profile`);
    await fresh.getByRole("heading", { name: "Votre profil", level: 1 }).waitFor();
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe("fr");
  });

  it("makes an API token shown once, which another system uses until it is revoked", async () => {
    await page.goto(`${server.url}/profile`);
    await page.getByLabel("Nom", { exact: true }).waitFor();
    // Back to English for the rest (the language menu saves the choice too).
    await page.getByRole("button", { name: /Langue/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByRole("heading", { name: "API tokens", level: 2 }).waitFor();

    await page.getByLabel("What it is for").fill("Reporting tool");
    await page.getByRole("button", { name: "Make a token" }).click();
    const token = ((await page.getByTestId("new-token").textContent()) ?? "").trim();
    expect(token).toMatch(/^prima_/);
    const call = (method: string) =>
      fetch(`${server.url}/api/me`, { method, headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.status,
      );
    expect(await call("GET")).toBe(200);
    await expect
      .poll(() => page.getByRole("table", { name: "Your API tokens" }).getByText("Read only").count())
      .toBe(1);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Revoke Reporting tool" }).click();
    await page
      .getByRole("dialog", { name: 'Revoke "Reporting tool"?' })
      .getByRole("button", { name: "Revoke" })
      .click();
    await expect.poll(() => page.getByText("No API token.").count()).toBe(1);
    expect(await call("GET")).toBe(401);
  });
});

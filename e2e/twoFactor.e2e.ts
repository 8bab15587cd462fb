/**
 * Two-factor sign-in in Chromium: a viewer sets it up on the profile page (the key read from the
 * page, the code computed as an authenticator app would), signs out, signs in with a code, then
 * with a recovery code; an administrator requires it, and a fund manager is held at setup until
 * enrolled. axe on the new parts, desktop and phone.
 */
import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * The app's code `stepsAhead` steps of 30 s from now. The server refuses a code for a step already
 * used, so each sign-in takes the next step's code (accepted within ±1 step) instead of waiting.
 */
function codeFor(secret: string, stepsAhead = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepsAhead * 30_000 });
}

async function axeAtBothSizes(page: Page): Promise<Record<"desktop" | "phone", string[]>> {
  const found = { desktop: [] as string[], phone: [] as string[] };
  for (const [size, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await animationsEnded(page);
    found[size] = await seriousA11yViolations(page);
  }
  return found;
}

/** Sets up two-factor from the setup button on the page; gives the key and the recovery codes. */
async function setUp(page: Page) {
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = ((await page.getByTestId("two-factor-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
  await page.getByLabel("Code from the app", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Switch on" }).click();
  await expect.poll(() => page.getByText("This code is not right", { exact: false }).count()).toBe(1);
  await page.getByLabel("Code from the app", { exact: true }).fill(codeFor(secret));
  await page.getByRole("button", { name: "Switch on" }).click();
  const codes = ((await page.getByTestId("recovery-codes").textContent()) ?? "").trim().split(/\s+/);
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

describe("two-factor sign-in in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let secret = "";
  let recoveryCodes: string[] = [];

  const newPage = async () => (await browser.newContext({ viewport: DESKTOP })).newPage();
  const passwordStep = async (page: Page, email: string) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("prima-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Code from the app, or a recovery code").waitFor();
  };

  beforeAll(async () => {
    server = await startPrima({ DATA_DIR: tempDataDir(), REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is set up on the profile page, with recovery codes shown once", async () => {
    const page = await newPage();
    await signInAs(page, server.url, "viewer@example.org");
    await page.goto(`${server.url}/profile`);
    await page.getByRole("heading", { name: "Two-factor sign-in", level: 2 }).waitFor();
    ({ secret, codes: recoveryCodes } = await setUp(page));
    expect(await axeAtBothSizes(page)).toEqual({ desktop: [], phone: [] });

    await page.getByRole("button", { name: "I have kept them" }).click();
    await expect.poll(() => page.getByText("10 recovery codes left.").count()).toBe(1);
    await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
    const dialog = page.getByRole("dialog", { name: "Turn off two-factor sign-in" });
    await dialog.getByLabel("Current password").waitFor();
    expect(await axeAtBothSizes(page)).toEqual({ desktop: [], phone: [] });
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: /^Account of / }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.close();
  });

  it("then asks for the code after the password, in the same frame", async () => {
    const page = await newPage();
    await passwordStep(page, "viewer@example.org");
    expect(await axeAtBothSizes(page)).toEqual({ desktop: [], phone: [] });
    await page.getByLabel("Code from the app, or a recovery code").fill(codeFor(secret, 1));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.goto(`${server.url}/profile`);
    await expect.poll(() => page.getByText("Two-factor sign-in is on.").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("takes a recovery code instead, once", async () => {
    const page = await newPage();
    await passwordStep(page, "viewer@example.org");
    await page.getByLabel("Code from the app, or a recovery code").fill(recoveryCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));

    const again = await newPage();
    await passwordStep(again, "viewer@example.org");
    await again.getByLabel("Code from the app, or a recovery code").fill(recoveryCodes[0] ?? "");
    await again.getByRole("button", { name: "Verify" }).click();
    await expect.poll(() => again.getByText("This code is not right", { exact: false }).count()).toBe(1);
    expect(new URL(again.url()).pathname).toBe("/login");
  });

  it("when an administrator requires it, a fund manager is held at setup until enrolled", async () => {
    const admin = await newPage();
    await signInAs(admin, server.url, "admin@example.org");
    await admin.goto(`${server.url}/admin/users`);
    const rule = admin.getByRole("switch", {
      name: "Require two-factor for administrators and fund managers",
    });
    await expect.poll(() => rule.isEnabled()).toBe(true);
    // Saved first, then drawn: the switch follows the server's answer.
    await rule.click();
    await expect.poll(() => rule.isChecked()).toBe(true);
    await admin
      .getByRole("button", { name: /^More for / })
      .first()
      .click();
    await admin.getByRole("menuitem", { name: "Reset two-factor" }).click();
    await admin.getByRole("dialog", { name: /^Reset .* two-factor sign-in\?$/ }).waitFor();
    expect(await axeAtBothSizes(admin)).toEqual({ desktop: [], phone: [] });
    await admin.getByRole("button", { name: "Cancel" }).click();

    const fund = await newPage();
    await signInAs(fund, server.url, "fund@example.org");
    await fund.getByRole("heading", { name: "Set up two-factor sign-in to continue" }).waitFor();
    expect(await axeAtBothSizes(fund)).toEqual({ desktop: [], phone: [] });
    // The server holds the session, not only the page.
    const refused = await fund.evaluate(async () => (await fetch("/api/projects")).status);
    expect(refused).toBe(403);

    await setUp(fund);
    await fund.getByRole("button", { name: "I have kept them" }).click();
    await fund.getByRole("button", { name: /^Account of / }).waitFor();
    expect(await fund.evaluate(async () => (await fetch("/api/projects")).status)).toBe(200);
  });
});

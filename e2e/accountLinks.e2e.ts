/**
 * Set-password links in Chromium, with the e-mail really sent to an SMTP server on loopback: an
 * administrator invites a person, who chooses a password from the invitation and signs in; later
 * they forget it and choose a new one from the sign-in page. axe on the pages on the way.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailText, startSmtp, type TestSmtp } from "../test/smtp";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const INVITEE = { email: "nadia.benali@example.org", name: "Nadia Benali" };

describe("set-password links in Chromium", () => {
  let server: RunningServer;
  let smtp: TestSmtp;
  let browser: Browser;

  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  /** The link in the newest e-mail to an address, pointed at this server. */
  async function linkIn(count: number): Promise<string> {
    const mails = await smtp.waitFor(count, 60_000);
    const last = mails[count - 1];
    expect(last?.to).toEqual([INVITEE.email]);
    const token = /\/set-password#([\w-]+)/.exec(mailText(last?.raw ?? ""))?.[1];
    expect(token).toBeDefined();
    return `${server.url}/set-password#${token}`;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      REMINDER_INTERVAL_MINUTES: "0",
      SMTP_URL: smtp.url,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("an administrator invites a person, who chooses a password from the e-mail and signs in", async () => {
    const admin = await newPage();
    await signInAs(admin, server.url, "admin@example.org");
    await admin.goto(`${server.url}/admin/users`);
    await admin.getByRole("button", { name: "Add a person" }).click();
    const dialog = admin.getByRole("dialog", { name: "Add a person" });
    await dialog.getByLabel("E-mail", { exact: true }).fill(INVITEE.email);
    await dialog.getByLabel("Name").fill(INVITEE.name);
    await dialog.getByRole("button", { name: "Send the invitation" }).click();
    await dialog.waitFor({ state: "detached" });

    const invitee = await newPage();
    await invitee.goto(await linkIn(1));
    await invitee.getByRole("heading", { name: "Welcome to PRIMA", level: 1 }).waitFor();
    await animationsEnded(invitee);
    expect(await seriousA11yViolations(invitee)).toEqual([]);
    await invitee.getByLabel("New password").fill("nadia benali 2026");
    await invitee.getByRole("button", { name: "Choose this password" }).click();
    await expect.poll(() => invitee.getByText("must not contain your e-mail or name").count()).toBe(1);
    await invitee.getByLabel("New password").fill("copper meadow lantern");
    await invitee.getByRole("button", { name: "Choose this password" }).click();
    await invitee.getByText("Your password is set.").waitFor();
    await signInAs(invitee, server.url, INVITEE.email, "copper meadow lantern");

    // The link worked once.
    await invitee.goto(await linkIn(1));
    await invitee.getByText("This link has expired or was already used").waitFor();
  });

  it("a forgotten password: the sign-in page's link, an e-mail, a new password", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Forgot your password?", level: 1 }).waitFor();
    await page.getByLabel("Email").fill(INVITEE.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await page.getByText(`If an account has the address ${INVITEE.email}`).waitFor();

    await page.goto(await linkIn(2));
    await page.getByRole("heading", { name: "Choose a new password", level: 1 }).waitFor();
    await page.getByLabel("New password").fill("harbour violet compass");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText("Your password is set.").waitFor();
    await signInAs(page, server.url, INVITEE.email, "harbour violet compass");
  });
});

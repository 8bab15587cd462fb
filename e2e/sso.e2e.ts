/**
 * Single sign-on in Chromium: PRIMA runs as the real process against a real OpenID Connect
 * provider the test starts on loopback (oidc-provider, with its own HTML sign-in and consent
 * forms). An existing person signs in and out, a new one is created as a viewer, a tampered state
 * is refused; a second PRIMA with passwords off and no auto-creation shows only the button and
 * refuses a stranger. axe on the sign-in pages, desktop and phone.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProvider, type TestProvider } from "../test/oidcProvider";
import { animationsEnded, launchChromium, seriousA11yViolations } from "./browser";
import { freePort, type RunningServer, startPrima, tempDataDir } from "./server";

const CALLBACK = "/api/auth/oidc/callback";

async function servingBy(server: RunningServer, deadline: number) {
  while (!server.output().includes("is running at")) {
    if (server.exited() !== null || Date.now() > deadline)
      throw new Error(`PRIMA did not start:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("single sign-on in Chromium", () => {
  let provider: TestProvider;
  let open: RunningServer;
  let closed: RunningServer;
  let browser: Browser;

  /** Each case its own browser context: no provider session carries over from the previous one. */
  const newPage = async (phone = false) =>
    (
      await browser.newContext({
        viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
      })
    ).newPage();

  beforeAll(async () => {
    const [openPort, closedPort] = [await freePort(), await freePort()];
    const urlOf = (port: number) => `http://127.0.0.1:${port}`;
    provider = await startProvider([`${urlOf(openPort)}${CALLBACK}`, `${urlOf(closedPort)}${CALLBACK}`]);
    const sso = {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: "Test Provider",
      REMINDER_INTERVAL_MINUTES: "0",
    };
    [open, closed] = await Promise.all([
      startPrima({ ...sso, DATA_DIR: tempDataDir(), PORT: String(openPort), PUBLIC_URL: urlOf(openPort) }),
      startPrima({
        ...sso,
        DATA_DIR: tempDataDir(),
        PORT: String(closedPort),
        PUBLIC_URL: urlOf(closedPort),
        OIDC_AUTO_CREATE: "false",
        PASSWORD_LOGIN: "false",
      }),
    ]);
    // startPrima waits two minutes; on a loaded machine two servers migrating at once take longer.
    for (const server of [open, closed]) await servingBy(server, Date.now() + 600_000);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await open?.stop();
    await closed?.stop();
    await provider?.close();
  });

  /** The provider's own forms: the development sign-in (any password) and the consent. */
  async function atProvider(page: Page, login: string) {
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any password");
    await page.locator('button[type="submit"]').click();
    await page.getByRole("button", { name: "Continue" }).click();
  }

  async function clickSso(page: Page, server: RunningServer) {
    await page.goto(`${server.url}/login`);
    await page.getByRole("link", { name: "Sign in with Test Provider" }).click();
  }

  it("an existing person signs in with the provider, lands where they were going, and signs out", async () => {
    const page = await newPage();
    await page.goto(`${open.url}/login?next=/projects`);
    await page.getByRole("link", { name: "Sign in with Test Provider" }).waitFor();
    await expect.poll(() => page.getByLabel("Password", { exact: true }).count()).toBe(1);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Sign in with Test Provider" }).click();
    await atProvider(page, "pm@example.org");
    await page.waitForURL(`${open.url}/projects`);
    const me = await page.request.get(`${open.url}/api/me`);
    expect(await me.json()).toMatchObject({ email: "pm@example.org", role: "pm" });

    await page.getByRole("button", { name: /^Account of/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    expect((await page.request.get(`${open.url}/api/me`)).status()).toBe(401);
  });

  it("a person PRIMA does not know yet is created as a viewer, named as the provider names them", async () => {
    provider.people.set("lina.haddad@org.example", { name: "Lina Haddad" });
    const page = await newPage();
    await clickSso(page, open);
    await atProvider(page, "lina.haddad@org.example");
    await page.waitForURL(`${open.url}/`);
    const me = await page.request.get(`${open.url}/api/me`);
    expect(await me.json()).toMatchObject({
      email: "lina.haddad@org.example",
      name: "Lina Haddad",
      role: "viewer",
    });
  });

  it("a tampered state is refused on the sign-in page, and nobody is signed in", async () => {
    const page = await newPage();
    // The state PRIMA sends to the provider is changed on the way, as an attacker's link would:
    // it comes back from the provider intact, but no longer matches this browser's sign-in.
    await page.route(`${open.url}/api/auth/oidc/start*`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const location = new URL(response.headers().location ?? "");
      location.searchParams.set("state", `${location.searchParams.get("state")}tampered`);
      await route.fulfill({ response, headers: { ...response.headers(), location: location.href } });
    });
    await clickSso(page, open);
    await atProvider(page, "pm@example.org");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("alert").getByText("This sign-in could not be checked").waitFor();
    expect((await page.request.get(`${open.url}/api/me`)).status()).toBe(401);
  });

  it("with passwords off the sign-in page has only the button, and a stranger is told to ask an administrator", async () => {
    for (const phone of [false, true]) {
      const page = await newPage(phone);
      await page.goto(`${closed.url}/login`);
      await page.getByRole("link", { name: "Sign in with Test Provider" }).waitFor();
      expect(await page.getByLabel("Password", { exact: true }).count()).toBe(0);
      expect(await page.getByLabel("Email", { exact: true }).count()).toBe(0);
      await animationsEnded(page);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    const forgot = await newPage();
    await forgot.goto(`${closed.url}/forgot-password`);
    await forgot.getByText("PRIMA does not use passwords here").waitFor();

    const page = await newPage();
    await clickSso(page, closed);
    await atProvider(page, "stranger@org.example");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("alert").getByText("Ask an administrator to add you").waitFor();
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect((await page.request.get(`${closed.url}/api/me`)).status()).toBe(401);
  });

  it("with passwords off an administrator invites people to sign in with the provider, and sets no password", async () => {
    const page = await newPage();
    await clickSso(page, closed);
    await atProvider(page, "admin@example.org");
    await page.waitForURL((url) => url.pathname !== "/login");
    await page.goto(`${closed.url}/admin/users`);
    await page.getByRole("button", { name: "Add a person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog
      .getByRole("radio", {
        name: "Send an invitation by e-mail: they sign in with their Test Provider account",
      })
      .waitFor();
    expect(await dialog.getByRole("radio", { name: /Set a first password/ }).count()).toBe(0);
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

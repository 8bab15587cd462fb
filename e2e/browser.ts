/** Debian's Chromium driven by playwright-core (no browser download), plus axe-core checks. */
import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

/**
 * Serious and critical accessibility violations on the page, as readable lines; `alsoRules` are
 * axe rules reported whatever their impact (such as "landmark-unique", a moderate one).
 */
export async function seriousA11yViolations(
  page: Page,
  alsoRules: readonly string[] = [],
): Promise<string[]> {
  // Only violations come back in full: passes on a long page are thousands of nodes to ship.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || alsoRules.includes(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Waits until the page's transitions have ended. Axe reads colours as drawn: halfway through a
 * dialog's fade-in, text is paler than it will be (a busy machine stretches that moment), and a
 * closing menu is still there without its items.
 */
export async function animationsEnded(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

export async function signInAs(page: Page, baseUrl: string, email: string, password = "prima-demo") {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * For a screenshot of an element taller than the window: Chromium scrolls through it and the
 * sticky header (and a focused skip link) would be drawn over it midway. Pass as `style`.
 */
export const WITHOUT_PAGE_CHROME = "header, a[href='#main-content'] { visibility: hidden !important; }";

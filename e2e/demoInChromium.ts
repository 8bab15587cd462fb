/**
 * The set-up most end-to-end files share: a PRIMA server of their own on the embedded database
 * with the demo portfolio (its own data directory, the clock at 2026-11-01 09:00 UTC, reminders
 * off) and one Chromium, started before the describe block's tests and stopped after them.
 */
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

type Browser = Awaited<ReturnType<typeof launchChromium>>;

export function demoInChromium(env: Record<string, string> = {}): {
  server: RunningServer;
  browser: Browser;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
      ...env,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("demoInChromium: read inside a test, once beforeAll has run");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

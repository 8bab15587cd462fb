/**
 * The web app: the JavaScript the first page (home, signed in) loads, gzipped, as Chromium fetched
 * it; and the dashboard's time to charts in headless Chromium on loopback, on the 100,000-project
 * database. The build goes to its own folder (never dist/).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { BENCH_FUND_MANAGER_EMAIL, BENCH_PASSWORD } from "../generator/people";
import type { ResultRow } from "../lib/results";
import { startServer } from "../lib/server";
import type { SuiteOptions } from "./context";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** What says "the dashboard is drawn": a chart's SVG (Mantine charts draw with recharts). */
const CHART_READY = process.env.BENCH_DASHBOARD_READY ?? ".recharts-surface";

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

async function signedInPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const response = await context.request.post(`${url}/api/auth/login`, {
    data: { email: BENCH_FUND_MANAGER_EMAIL, password: BENCH_PASSWORD },
  });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()}`);
  return context.newPage();
}

/** Every script the page fetched while opening `path`, gzipped from the build. */
async function firstPageScripts(page: Page, url: string, dist: string, path: string) {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    const u = new URL(response.url());
    if (u.origin === url && response.request().resourceType() === "script") scripts.add(u.pathname);
  });
  await page.goto(`${url}${path}`, { waitUntil: "networkidle" });
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const script of scripts) {
    const file = readFileSync(`${dist}${script}`);
    rawBytes += file.byteLength;
    gzipBytes += gzipSync(file).byteLength;
  }
  return {
    files: [...scripts].sort(),
    gzipKb: Math.round(gzipBytes / 102.4) / 10,
    rawKb: Math.round(rawBytes / 1024),
  };
}

/** From navigation to every dashboard request answered and a chart drawn. */
async function dashboardTime(
  page: Page,
  url: string,
): Promise<{ ms: number; charts: number; requests: number }> {
  let pending = 0;
  let requests = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/dashboard/")) {
      pending++;
      requests++;
    }
  });
  const done = (request: { url(): string }) => {
    if (new URL(request.url()).pathname.startsWith("/api/dashboard/")) pending--;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  const started = performance.now();
  await page.goto(`${url}/dashboard`);
  await page.waitForSelector(CHART_READY, { timeout: 30_000 });
  for (;;) {
    if (requests > 0 && pending === 0) break;
    if (performance.now() - started > 30_000) throw new Error("Dashboard requests still pending after 30 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // The last answers' charts are drawn in the frame after they arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const ms = Math.round(performance.now() - started);
  const charts = await page.locator(CHART_READY).count();
  return { ms, charts, requests };
}

export async function runWeb(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const dist = options.webDist;
  if (!existsSync(`${dist}/index.html`) || process.env.BENCH_BUILD !== "0") {
    execFileSync("npx", ["vite", "build", "--outDir", dist, "--emptyOutDir"], { cwd: ROOT, stdio: "ignore" });
  }
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.web, {
    PRIMA_WEB_DIST: dist,
  });
  const browser = await launch();
  try {
    const home = await firstPageScripts(await signedInPage(browser, server.url), server.url, dist, "/");
    const rows: ResultRow[] = [
      {
        name: "first page (home, signed in): JavaScript gzipped",
        value: home.gzipKb,
        unit: "KB",
        target: "≤ 350 KB",
        met: home.gzipKb <= 350,
        note: `${home.files.length} scripts, ${home.rawKb} KB before gzip`,
      },
    ];
    // Cold (a new browser context, nothing cached) then warm (the same page opened again).
    const page = await signedInPage(browser, server.url);
    const cold = await dashboardTime(page, server.url);
    const warm = await dashboardTime(page, server.url);
    for (const [label, run] of [
      ["cold", cold],
      ["warm", warm],
    ] as const) {
      rows.push({
        name: `dashboard rendered in Chromium (${label})`,
        value: run.ms,
        unit: "ms",
        target: "≤ 2000 ms",
        met: run.ms <= 2000,
        note: `${run.requests} chart requests, ${run.charts} charts drawn`,
      });
    }
    return { rows, setup: { database: "postgres", dist, firstPageScripts: home.files } };
  } finally {
    await browser.close();
    await server.stop();
  }
}

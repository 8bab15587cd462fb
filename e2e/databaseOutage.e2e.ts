/**
 * PostgreSQL goes away under a running PRIMA: every session ended by pg_terminate_backend, then
 * the server stopped for 20 s and started again, while a client keeps creating projects. PRIMA
 * must never exit, must answer 503 (API and health) while the database is down, must serve again
 * on its own once it is back, and must have kept every write it acknowledged and none it refused.
 * The cluster is the test's own (pgCluster.ts): the machine's shared server is never stopped.
 */
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectInput } from "../test/factories";
import { launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type PgCluster, postgresBinaries, startPgCluster } from "./pgCluster";
import { type RunningServer, runPrima, startPrima, tempDataDir } from "./server";

const PASSWORD = "outage-test-password";
const OUTAGE_MS = 20_000;

interface Attempt {
  title: string;
  startedAt: number;
  endedAt: number;
  status: number;
  id?: string;
  error?: string;
  retryAfter?: string | null;
}

/** One client creating projects one after the other, as a user saving a form would. */
function startWriter(base: string, cookie: string, csrf: string) {
  const attempts: Attempt[] = [];
  let stopping = false;
  let n = 0;
  const done = (async () => {
    while (!stopping) {
      const title = `Outage probe ${String(++n).padStart(4, "0")}`;
      const startedAt = Date.now();
      let attempt: Attempt;
      try {
        const response = await fetch(`${base}/api/projects`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "x-csrf-token": csrf },
          body: JSON.stringify(projectInput({ title })),
        });
        const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string };
        attempt = {
          title,
          startedAt,
          endedAt: Date.now(),
          status: response.status,
          id: body.id,
          error: body.error,
          retryAfter: response.headers.get("retry-after"),
        };
      } catch (error) {
        attempt = { title, startedAt, endedAt: Date.now(), status: 0, error: String(error) };
      }
      attempts.push(attempt);
      // A user who was refused waits a moment before trying again.
      if (attempt.status !== 201) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    attempts,
    acknowledgedSince: (time: number) =>
      attempts.filter((a) => a.status === 201 && a.startedAt >= time).length,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}

/** Waits for a condition; fails at once, with its log, if PRIMA exits meanwhile. */
async function until(
  server: RunningServer,
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 120_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exited = server.exited();
    if (exited !== null) throw new Error(`prima serve exited (${exited}):\n${server.output().slice(-3000)}`);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function health(base: string) {
  const response = await fetch(`${base}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.skipIf(!postgresBinaries())("PRIMA on PostgreSQL when the database goes away", () => {
  let cluster: PgCluster;
  let server: RunningServer;
  let databaseUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    cluster = await startPgCluster();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database prima");
    await admin.end();
    databaseUrl = cluster.url.replace(/\/postgres$/, "/prima");
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: tempDataDir(), PRIMA_DEMO: "false" };
    const migrated = await runPrima(["migrate"], env);
    expect(migrated.code, migrated.output).toBe(0);
    const created = await runPrima(["create-user", "--email", "pm@outage.test", "--role", "pm"], {
      ...env,
      PRIMA_PASSWORD: PASSWORD,
    });
    expect(created.code, created.output).toBe(0);
    server = await startPrima({ ...env, LOG_LEVEL: "info", REMINDER_INTERVAL_MINUTES: "0" });
    browser = await launchChromium();
    // axe needs a page of a context of our own (browser.newPage() is refused by AxeBuilder).
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await cluster?.destroy();
  });

  it("answers 503 while PostgreSQL is down, recovers by itself, never exits, and keeps exactly the writes it acknowledged", {
    timeout: 400_000,
  }, async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "pm@outage.test", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const writer = startWriter(server.url, cookie, csrfToken);

    // 1. Every session ended under the server's feet (pg_terminate_backend): it reconnects.
    await until(server, "first writes", () => writer.acknowledgedSince(0) >= 5);
    expect(await cluster.terminateSessions()).toBeGreaterThan(0);
    const terminatedAt = Date.now();
    await until(
      server,
      "writes after the sessions were ended",
      () => writer.acknowledgedSince(terminatedAt) >= 5,
    );
    expect(server.exited()).toBeNull();
    expect((await health(server.url)).status).toBe(200);

    // A user has the project list open.
    await signInAs(page, server.url, "pm@outage.test", PASSWORD);
    await page.goto(`${server.url}/projects`);
    await page.getByText("Outage probe", { exact: false }).first().waitFor();
    const banner = page.getByRole("alert").filter({ hasText: "PRIMA cannot reach its database; retrying" });

    // 2. PostgreSQL stopped for 20 s: 503 with Retry-After for the API, 503 degraded for health.
    await cluster.stop("fast");
    const downFrom = Date.now();
    const healthDuringOutage: { status: number; body: Record<string, unknown> }[] = [];
    let apiDuringOutage: Response | null = null;
    while (Date.now() - downFrom < OUTAGE_MS) {
      healthDuringOutage.push(await health(server.url));
      apiDuringOutage ??= await fetch(`${server.url}/api/projects`, { headers: { cookie } });
      if (healthDuringOutage.length === 3) {
        // The user opens another page: one banner says what is happening, not a broken page.
        await page.goto(`${server.url}/projects?q=probe`);
        await banner.waitFor({ timeout: 60_000 });
        expect(await banner.count()).toBe(1);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await page.screenshot({ path: "test-results/database-outage-banner.png" });
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(server.exited()).toBeNull();
    expect(healthDuringOutage.length).toBeGreaterThan(5);
    for (const answer of healthDuringOutage) {
      expect(answer).toMatchObject({ status: 503, body: { status: "degraded", db: "unreachable" } });
    }
    expect(apiDuringOutage?.status).toBe(503);
    expect(apiDuringOutage?.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await apiDuringOutage?.json()).toMatchObject({ error: "databaseUnavailable" });
    const downUntil = Date.now();

    // 3. PostgreSQL back: the very next requests are served again, with no restart.
    await cluster.start();
    const backAt = Date.now();
    let firstHealthy = await health(server.url);
    await until(server, "health after PostgreSQL started", async () => {
      if (firstHealthy.status === 200) return true;
      firstHealthy = await health(server.url);
      return false;
    });
    const recoveredInMs = Date.now() - backAt;
    await until(server, "writes after PostgreSQL started", () => writer.acknowledgedSince(backAt) >= 5);
    // The banner goes away by itself and the page shows its data again.
    await banner.waitFor({ state: "detached", timeout: 60_000 });
    await page.getByText("Outage probe", { exact: false }).first().waitFor({ timeout: 60_000 });
    await writer.stop();
    expect(server.exited()).toBeNull();
    // Reconnecting takes one new connection per request: far below the 5 s allowed.
    expect(recoveredInMs, `recovered in ${recoveredInMs} ms`).toBeLessThan(5_000);

    // 4. What was acknowledged is there; what was refused while the database was down is not.
    const attempts = writer.attempts;
    const refusedDuringOutage = attempts.filter((a) => a.startedAt > downFrom && a.endedAt < downUntil);
    expect(refusedDuringOutage.length).toBeGreaterThan(10);
    for (const attempt of refusedDuringOutage) {
      expect(attempt).toMatchObject({ status: 503, error: "databaseUnavailable" });
      expect(attempt.retryAfter).toMatch(/^\d+$/);
    }
    expect(attempts.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ id: string; title: string; countries: number; areas: number }>(
      `select p.id, p.title,
              (select count(*)::int from project_countries c where c.project_id = p.id) as countries,
              (select count(*)::int from project_area_shares s where s.project_id = p.id) as areas
         from projects p where p.title like 'Outage probe %'`,
    );
    await client.end();
    const stored = new Map(rows.map((row) => [row.title, row]));
    for (const attempt of attempts.filter((a) => a.status === 201)) {
      expect(stored.get(attempt.title)?.id, `${attempt.title} was acknowledged`).toBe(attempt.id);
    }
    for (const attempt of refusedDuringOutage) {
      expect(stored.has(attempt.title), `${attempt.title} was refused while PostgreSQL was down`).toBe(false);
    }
    // A write cut at the instant PostgreSQL went away may have committed (SMTP and SQL alike
    // cannot tell), but never half: each stored project is whole.
    for (const row of rows) expect(row).toMatchObject({ countries: 1, areas: 2 });

    // The log says once that the database went away and once that it came back, per outage,
    // not once per refused request.
    const logLines = server.output().split("\n");
    const lost = logLines.filter((line) => line.includes("lost the database")).length;
    const back = logLines.filter((line) => line.includes("the database answers again")).length;
    expect(lost).toBeGreaterThanOrEqual(1);
    expect(lost).toBeLessThanOrEqual(2);
    expect(back).toBe(lost);
    expect(server.output()).not.toContain("Unhandled 'error' event");
  });
});

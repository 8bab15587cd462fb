/**
 * A PRIMA server for a benchmark: `node bin/prima.js serve` on loopback, on PostgreSQL or on an
 * embedded data directory, with the generated portfolio's "today", and a signed-in session.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BENCH_FUND_MANAGER_EMAIL, BENCH_PASSWORD } from "../generator/people";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BenchServer {
  url: string;
  pid: number;
  /** The server process's peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export type Target = { databaseUrl: string } | { dataDir: string };

export async function startServer(target: Target, port: number, extraEnv: Record<string, string> = {}) {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: "127.0.0.1",
    PRIMA_DEMO: "false",
    LOG_LEVEL: "warn",
    LOGIN_RATE_LIMIT: "10000",
    // The generated portfolio's today (bench/generator/monitoring.ts): overdue reports are overdue.
    PRIMA_CLOCK: "2026-11-01T10:00:00Z",
    // No reminder runs: they would write to the benchmark database and load the machine meanwhile.
    REMINDER_INTERVAL_MINUTES: "0",
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  if ("databaseUrl" in target) env.DATABASE_URL = target.databaseUrl;
  else env.DATA_DIR = target.dataDir;
  const child: ChildProcess = spawn(process.execPath, ["bin/prima.js", "serve"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("The server did not answer /api/health within 3 minutes");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid as number;
  const server: BenchServer = {
    url,
    pid,
    peakRssMb() {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
  return server;
}

/** Signs in and returns the Cookie header value to send with every request. */
export async function signIn(url: string, email = BENCH_FUND_MANAGER_EMAIL, password = BENCH_PASSWORD) {
  return (await signInSession(url, email, password)).cookie;
}

/** Signs in: the Cookie header value, and the X-CSRF-Token a change (POST, PUT, DELETE) must carry. */
export async function signInSession(
  url: string,
  email = BENCH_FUND_MANAGER_EMAIL,
  password = BENCH_PASSWORD,
) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("prima_session="));
  if (!cookie) throw new Error("Sign-in set no session cookie");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(";")[0] as string, csrfToken };
}

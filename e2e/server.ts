/**
 * Runs the real `prima` command as a child process, the way a user starts PRIMA, on a free port
 * and a temporary data directory, and waits until /api/health answers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "prima-e2e-"));
}

export function runPrima(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin/prima.js"), ...args], {
      env: { ...process.env, ...env },
      cwd: ROOT,
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("exit", (code) => resolve({ code, output }));
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  /** null while the process runs; its exit code (or the signal's name) once it has ended. */
  exited: () => number | string | null;
  stop(): Promise<void>;
  /** SIGKILL: the process ends at once, as in a crash or an out-of-memory kill. */
  kill(): Promise<void>;
}

/** `env.PORT` when the caller must know the address beforehand (e.g. to register it elsewhere). */
export async function startPrima(env: Record<string, string>): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin/prima.js"), "serve"], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
    cwd: ROOT,
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prima serve exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok && output.includes("is running at")) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  return {
    url,
    output: () => output,
    exited: () => child.exitCode ?? child.signalCode,
    stop: () => ended("SIGTERM"),
    kill: () => ended("SIGKILL"),
  };
}

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirInUse, lockDataDir } from "./dataDirLock";

const root = mkdtempSync(path.join(tmpdir(), "prima-lock-"));
const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
afterAll(() => sleeper.kill());

describe("the embedded database's data directory lock", () => {
  it("refuses a second process while the first one runs, naming it", () => {
    const dir = path.join(root, "busy");
    writeFileSync(`${dir}.lock`, `${sleeper.pid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dir)).toThrow(`in use by another PRIMA process (pid ${sleeper.pid})`);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(sleeper.pid));
  });

  it("takes over a lock left by a process that was killed, and gives it back on close", async () => {
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => dead.on("exit", resolve));
    const dir = path.join(root, "stale");
    writeFileSync(`${dir}.lock`, `${dead.pid}\n`);
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8").trim()).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});

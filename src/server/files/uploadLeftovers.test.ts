/**
 * Which unfinished uploads a starting server removes: all of them when the data directory is its
 * alone (PGlite), and otherwise only those nobody can still be writing (several servers sharing
 * DATA_DIR on PostgreSQL). Real files, real processes.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, isLeftover, removeUploadLeftovers, tempFileName } from "./uploadLeftovers";

const NOW = new Date("2026-03-02T09:00:00Z").getTime();
const self = { pid: 4242, host: "app-1" };
const running = new Set([self.pid, 5000]);
const rule = { exclusive: false, self, now: NOW, isRunning: (pid: number) => running.has(pid) };
const fresh = NOW - 1000;
const untouched = NOW - ABANDONED_AFTER_MS - 1000;

describe("isLeftover", () => {
  it.each([
    ["a file of a process of this host that is gone", "4100@app-1", fresh, true],
    ["a file of a process of this host that still runs", "5000@app-1", fresh, false],
    ["a file bearing this process's own pid (a killed predecessor's)", "4242@app-1", fresh, true],
    ["a fresh file of another host, even with a pid unknown here", "4100@app-2", fresh, false],
    ["a file of another host nobody wrote to for an hour", "5000@app-2", untouched, true],
    ["a file of a running process nobody wrote to for an hour", "5000@app-1", untouched, true],
  ])("%s: %s", (_label, writer, modifiedAt, expected) => {
    const name = tempFileName({ pid: Number(writer.split("@")[0]), host: writer.split("@")[1] as string });
    expect(isLeftover({ name, modifiedAt }, rule)).toBe(expected);
  });

  it("a name without a writer (from before writers were named) goes only when untouched for an hour", () => {
    const name = "0b6f2f4e-9d2a-4a43-9a57-2a8f0f3f7c11.part";
    expect(isLeftover({ name, modifiedAt: fresh }, rule)).toBe(false);
    expect(isLeftover({ name, modifiedAt: untouched }, rule)).toBe(true);
  });

  it("with the data directory to itself, every .part goes, and nothing else", () => {
    const exclusive = { ...rule, exclusive: true };
    expect(
      isLeftover({ name: tempFileName({ pid: 5000, host: "app-2" }), modifiedAt: fresh }, exclusive),
    ).toBe(true);
    expect(isLeftover({ name: "notes.txt", modifiedAt: untouched }, exclusive)).toBe(false);
  });
});

describe("removeUploadLeftovers", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "prima-uploads-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** The pid of a process that ran on this machine and has exited. */
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => child.once("exit", resolve));
    return child.pid as number;
  }

  async function place(name: string, modifiedAt: number) {
    await writeFile(path.join(dir, name), "partial");
    await utimes(path.join(dir, name), new Date(modifiedAt), new Date(modifiedAt));
  }

  it("removes what a killed server of this host left and keeps what a live one is writing", async () => {
    const here = { pid: process.pid, host: "this-host" };
    const killed = tempFileName({ pid: await deadPid(), host: here.host });
    const live = tempFileName({ pid: process.ppid, host: here.host });
    const elsewhere = tempFileName({ pid: 1, host: "other-host" });
    const abandoned = tempFileName({ pid: 1, host: "other-host" });
    await place(killed, fresh);
    await place(live, fresh);
    await place(elsewhere, fresh);
    await place(abandoned, untouched);
    await place("readme.txt", untouched);

    expect(await removeUploadLeftovers(dir, { exclusive: false, self: here, now: NOW })).toBe(2);
    expect((await readdir(dir)).sort()).toEqual([elsewhere, live, "readme.txt"].sort());

    expect(await removeUploadLeftovers(dir, { exclusive: true, self: here, now: NOW })).toBe(2);
    expect(await readdir(dir)).toEqual(["readme.txt"]);
  });

  it("a data directory without uploads yet is fine", async () => {
    expect(await removeUploadLeftovers(path.join(dir, "missing"), { exclusive: true })).toBe(0);
  });
});

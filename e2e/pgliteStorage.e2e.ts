/**
 * The embedded database's disk fills up under a running PRIMA: writes are refused with 507 and a
 * message that says so (and the log says it too), nothing crashes, and once an operator makes
 * room PRIMA writes again without a restart. The disk is a small tmpfs of the test's own, which
 * only root may mount: elsewhere the test is skipped, and says why.
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectInput } from "../test/factories";
import { type RunningServer, runPrima, startPrima } from "./server";

const PASSWORD = "storage-test-password";

/** A tmpfs of `megabytes`, or null when this process may not mount one (not root). */
function mountSmallDisk(megabytes: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "prima-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/**
 * Writes `file` until the disk refuses another byte. Chunks shrink as it fills, because the server
 * keeps writing meanwhile: measuring free space first and writing that much raced with it (CI).
 */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  try {
    for (let chunk = 1 << 20; chunk >= 512; chunk >>= 1) {
      const bytes = Buffer.alloc(chunk);
      for (;;) {
        try {
          writeSync(fd, bytes);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

const disk = mountSmallDisk(160);
if (!disk) console.warn("pgliteStorage.e2e: skipped, mounting a small tmpfs needs root");

describe.skipIf(!disk)("PRIMA on the embedded database when its disk is full", () => {
  const dataDir = path.join(disk ?? "", "data");
  const filler = path.join(disk ?? "", "filler");
  let server: RunningServer;

  beforeAll(async () => {
    const env = { DATA_DIR: dataDir, PRIMA_DEMO: "false" };
    const created = await runPrima(["create-user", "--email", "pm@disk.test", "--role", "pm"], {
      ...env,
      PRIMA_PASSWORD: PASSWORD,
    });
    expect(created.code, created.output).toBe(0);
    server = await startPrima({ ...env, REMINDER_INTERVAL_MINUTES: "0" });
  });

  afterAll(async () => {
    await server?.stop();
    if (disk) {
      execFileSync("umount", ["-l", disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });

  it("refuses writes with 507 while the disk is full, logs why, never exits, and writes again once there is room", {
    timeout: 400_000,
  }, async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "pm@disk.test", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const headers = {
      "content-type": "application/json",
      cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
      "x-csrf-token": ((await login.json()) as { csrfToken: string }).csrfToken,
    };
    let n = 0;
    const create = async () => {
      const title = `Disk probe ${++n}`;
      const response = await fetch(`${server.url}/api/projects`, {
        method: "POST",
        headers,
        body: JSON.stringify(projectInput({ title, summary: "x".repeat(4000) })),
      });
      return { title, status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect((await create()).status).toBe(201);

    // Someone fills the disk (another program, a log gone wild).
    fillDisk(filler);

    const answers: Awaited<ReturnType<typeof create>>[] = [];
    while (answers.length < 400 && !answers.some((a) => a.status === 507)) answers.push(await create());
    expect(server.exited()).toBeNull();
    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].filter((status) => status !== 201 && status !== 507)).toEqual([]);
    const refused = answers.find((a) => a.status === 507);
    expect(refused?.body).toMatchObject({
      error: "storage_full",
      message: expect.stringMatching(/storage is full/),
    });
    expect(JSON.stringify(refused?.body)).not.toMatch(/could not extend|base\/\d+/);
    // More writes while full: refused the same way, and the log does not repeat itself per request.
    for (let i = 0; i < 5; i++) expect((await create()).status).toBe(507);
    const logged = server
      .output()
      .split("\n")
      .filter((line) => line.includes("storage is full or unwritable"));
    expect(logged.length).toBe(1);
    expect(logged[0]).toMatch(/No space left on device/);

    // The operator makes room: PRIMA writes again, without a restart.
    rmSync(filler);
    const after = await create();
    expect(after.status).toBe(201);
    expect(server.exited()).toBeNull();

    // Every acknowledged project is there, and no refused one.
    const list = await fetch(`${server.url}/api/projects?q=Disk%20probe&pageSize=100`, { headers });
    expect(list.status).toBe(200);
    const titles = new Set(((await list.json()) as { items: { title: string }[] }).items.map((p) => p.title));
    for (const answer of [...answers, after]) {
      expect(titles.has(answer.title), answer.title).toBe(answer.status === 201);
    }
  });
});

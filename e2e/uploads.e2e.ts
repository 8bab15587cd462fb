/**
 * A server killed (SIGKILL) in the middle of a large upload, on the real `prima serve`: after a
 * restart on the same DATA_DIR, nothing of that upload remains, neither a .part file nor a file
 * under DATA_DIR/documents nor a document. On PostgreSQL, where servers may share DATA_DIR, a
 * server starting beside one receiving an upload leaves that upload alone.
 */
import { randomBytes } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { multipartForm, pdfOfSize } from "../test/multipartForm";
import { waitUntil } from "../test/waitUntil";
import { type ApiSession, openUpload, signIn } from "./rawUpload";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const UPLOAD_MAX_MB = 8;
const FILE_BYTES = 7.5 * 1024 * 1024;
/** Each test starts servers one or more times (the first seeds the demo): slow on a busy machine. */
const LONG = { timeout: 300_000 };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const adminUrl = inject("postgresAdminUrl");
const engines: [string, string | null][] = [["PGlite", null]];
if (adminUrl) engines.push(["PostgreSQL", adminUrl]);

describe.each(engines)("an upload cut off by SIGKILL, on %s", (_engine, postgresAdminUrl) => {
  const dataDir = tempDataDir();
  const tempDir = path.join(dataDir, "documents", "tmp");
  const databaseName = `prima_e2e_${randomBytes(4).toString("hex")}`;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PRIMA_DEMO: "true",
    UPLOAD_MAX_MB: String(UPLOAD_MAX_MB),
    REMINDER_INTERVAL_MINUTES: "0",
  };
  const running: RunningServer[] = [];
  const start = async () => {
    const server = await startPrima(env);
    running.push(server);
    return server;
  };
  // Starting a server is the slow part: each test goes on with the server the previous one restarted.
  let current: RunningServer | null = null;
  const serving = async () => {
    current ??= await start();
    return current;
  };

  beforeAll(async () => {
    if (!postgresAdminUrl) return;
    await adminQuery(postgresAdminUrl, `create database ${databaseName}`);
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()));
    if (postgresAdminUrl) {
      await adminQuery(postgresAdminUrl, `drop database if exists ${databaseName} with (force)`);
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A project of the demo PM that they may file documents on. */
  async function pmProject(url: string): Promise<{ session: ApiSession; projectId: string }> {
    const session = await signIn(url, "pm@example.org", "prima-demo");
    const response = await fetch(`${url}/api/projects?mine=true&pageSize=100`, {
      headers: { cookie: session.cookie },
    });
    const { items } = (await response.json()) as {
      items: { id: string; can: { uploadDocument: boolean } }[];
    };
    const project = items.find((p) => p.can.uploadDocument);
    if (!project) throw new Error("the demo PM has no project to file documents on");
    return { session, projectId: project.id };
  }

  async function documentCount(url: string, session: ApiSession, projectId: string): Promise<number> {
    const response = await fetch(`${url}/api/projects/${projectId}/documents`, {
      headers: { cookie: session.cookie },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: unknown[] }).items.length;
  }

  /** The sizes of the .part files in the temporary upload directory. */
  async function partSizes(): Promise<number[]> {
    const names = (await readdir(tempDir).catch(() => [] as string[])).filter((n) => n.endsWith(".part"));
    const sizes = await Promise.all(names.map((n) => stat(path.join(tempDir, n)).catch(() => null)));
    return sizes.flatMap((s) => (s ? [s.size] : []));
  }

  it.for([
    ["at 30 %", 0.3],
    ["at 80 %", 0.8],
    // Every byte of the file is sent, and the closing boundary is held back: the server has the
    // whole file and can neither file it nor answer yet.
    ["after the file's last byte, before the request ends", 1],
  ] as const)("killed %s: after a restart, no .part file, no file, no document", LONG, async ([, share]) => {
    const server = await serving();
    const { session, projectId } = await pmProject(server.url);
    const documentsBefore = await documentCount(server.url, session, projectId);
    const filesBefore = await filesUnder(path.join(dataDir, "documents"));

    const form = multipartForm(
      { kind: "other", title: "Annex sent when the server died" },
      { name: "annex.pdf", content: pdfOfSize(FILE_BYTES) },
    );
    const upload = await openUpload(server.url, `/api/projects/${projectId}/documents`, session, form);
    const sentBytes = Math.floor(FILE_BYTES * share);
    upload.send(form.head);
    upload.send(form.file.subarray(0, sentBytes));
    if (share === 1) upload.send(form.tail.subarray(0, 2));
    await waitUntil(
      async () => (await partSizes()).includes(sentBytes),
      `${sentBytes} bytes in a .part file`,
    );
    await server.kill();
    current = null;
    expect(await upload.answer).toBeNull();
    expect(await partSizes()).toContain(sentBytes);

    current = await start();
    expect(await partSizes()).toEqual([]);
    const again = await pmProject(current.url);
    expect(await documentCount(current.url, again.session, projectId)).toBe(documentsBefore);
    expect(await filesUnder(path.join(dataDir, "documents"))).toEqual(filesBefore);
  });

  it("after those restarts, a file as large is filed whole", LONG, async () => {
    const server = await serving();
    const { session, projectId } = await pmProject(server.url);
    const form = multipartForm(
      { kind: "other", title: "Annex" },
      { name: "annex.pdf", content: pdfOfSize(FILE_BYTES) },
    );
    const upload = await openUpload(server.url, `/api/projects/${projectId}/documents`, session, form);
    upload.send(form.body);
    const answer = await upload.answer;
    expect(answer?.status, answer?.body).toBe(201);
    expect(JSON.parse(answer?.body ?? "{}").versions[0].sizeBytes).toBe(FILE_BYTES);
    expect(await partSizes()).toEqual([]);
  });

  it.runIf(postgresAdminUrl)(
    "a server starting beside one receiving an upload leaves that upload alone",
    LONG,
    async () => {
      const first = await serving();
      const { session, projectId } = await pmProject(first.url);
      const form = multipartForm(
        { kind: "other", title: "Annex sent while a second server starts" },
        { name: "annex.pdf", content: pdfOfSize(FILE_BYTES) },
      );
      const upload = await openUpload(first.url, `/api/projects/${projectId}/documents`, session, form);
      const half = FILE_BYTES / 2;
      upload.send(form.head);
      upload.send(form.file.subarray(0, half));
      await waitUntil(async () => (await partSizes()).includes(half), "half the file in a .part file");

      await start();
      expect(await partSizes()).toEqual([half]);
      upload.send(form.file.subarray(half));
      upload.send(form.tail);
      const answer = await upload.answer;
      expect(answer?.status, answer?.body).toBe(201);
      expect(await partSizes()).toEqual([]);
    },
  );
});

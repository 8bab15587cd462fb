/**
 * Uploads the disk cannot take or the client gives up: a client gone mid-upload, a disk full
 * while the file arrives or when it is put in place. Each leaves no file and no row; a full disk
 * gets 507 saying so. The full disk is a real one: a tiny tmpfs mounted over DATA_DIR/documents
 * (this needs root with CAP_SYS_ADMIN; without it, those tests say so and are skipped).
 */
import { execFileSync } from "node:child_process";
import { mkdir, readdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { multipartForm, pdfOfSize } from "../../../test/multipartForm";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { waitUntil } from "../../../test/waitUntil";
import { documents, documentVersions } from "../db/schema";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Mounts a tmpfs with `options` over `dir`; returns why not where this machine does not allow it. */
function mountTinyDisk(dir: string, options: string): string | null {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "prima-test-disk", dir], { stdio: "pipe" });
    return null;
  } catch (error) {
    const said = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim();
    return `a full disk is simulated with a tiny tmpfs, and mounting one needs root with CAP_SYS_ADMIN (${said})`;
  }
}

describe.each(databaseKinds())("uploads the server cannot keep, on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let projectId: string;
  let documentsDir: string;

  beforeAll(async () => {
    test = await startTestApp(kind);
    pm = await signIn(test, await buildUser(test.database.db, "pm"));
    projectId = (await createProjectAs(test, pm)).id;
    documentsDir = path.join(test.dataDir, "documents");
    await mkdir(documentsDir, { recursive: true });
  });
  afterAll(() => test.close());

  const rowCounts = async () => ({
    documents: (await test.database.db.select().from(documents)).length,
    versions: (await test.database.db.select().from(documentVersions)).length,
  });
  const partFiles = async () =>
    (await filesUnder(path.join(documentsDir, "tmp"))).filter((f) => f.endsWith(".part"));
  const upload = (content: Buffer) => {
    const form = multipartForm({ kind: "proposal", title: "Proposal" }, { name: "proposal.pdf", content });
    return test.app.inject({
      method: "POST",
      url: `/api/projects/${projectId}/documents`,
      headers: { ...pm.headers, "content-type": form.contentType },
      payload: form.body,
    });
  };

  /** Runs `body` with a tiny disk over DATA_DIR/documents, or skips the test saying why it cannot. */
  async function onTinyDisk(skip: (note: string) => never, options: string, body: () => Promise<void>) {
    const refused = mountTinyDisk(documentsDir, options);
    if (refused !== null) skip(refused);
    try {
      await body();
    } finally {
      execFileSync("umount", [documentsDir]);
    }
  }

  it("a client that disconnects mid-upload leaves no .part file and no row", async () => {
    const before = await rowCounts();
    const address = await test.app.listen({ port: 0, host: "127.0.0.1" });
    const form = multipartForm(
      { kind: "proposal", title: "Cut" },
      { name: "cut.pdf", content: pdfOfSize(6 * 1024 * 1024) },
    );
    const socket = net.connect(Number(new URL(address).port), "127.0.0.1");
    socket.on("error", () => {});
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(
      `POST /api/projects/${projectId}/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${pm.headers.cookie}\r\nX-CSRF-Token: ${pm.headers["x-csrf-token"]}\r\nContent-Type: ${form.contentType}\r\nContent-Length: ${form.body.length}\r\n\r\n`,
    );
    socket.write(Buffer.concat([form.head, form.file.subarray(0, 3 * 1024 * 1024)]));
    // The server is writing the file when the client goes.
    await waitUntil(async () => {
      const [part] = await partFiles();
      return part !== undefined && (await stat(part).catch(() => null))?.size === 3 * 1024 * 1024;
    }, "the first half of the file on disk");
    socket.destroy();
    await waitUntil(async () => (await partFiles()).length === 0, "the .part file to go");
    expect(await rowCounts()).toEqual(before);
    expect(await filesUnder(documentsDir)).toEqual([]);
  });

  it.for([
    ["while the file arrives", "size=1m", 3 * 1024 * 1024],
    // Inodes for the root alone: the temporary folder cannot be made.
    ["before the file arrives", "size=1m,nr_inodes=1", 64 * 1024],
    // Inodes for the root, tmp/ and the .part file: the folder of the year cannot be made.
    ["when the received file is put in place", "size=4m,nr_inodes=3", 64 * 1024],
  ] as const)("a disk full %s gives 507, no file and no row", async ([_when, disk, size], { skip }) => {
    const before = await rowCounts();
    await onTinyDisk(skip, disk, async () => {
      const response = await upload(pdfOfSize(size));
      expect(response.statusCode, response.body).toBe(507);
      expect(response.json()).toEqual({
        error: "storage_full",
        message: expect.stringMatching(/storage is full.*; nothing was filed$/),
      });
      expect(await filesUnder(documentsDir)).toEqual([]);
    });
    expect(await rowCounts()).toEqual(before);
  });
});

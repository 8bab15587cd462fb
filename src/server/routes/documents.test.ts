/**
 * The electronic filing over HTTP: real multipart uploads to real files under DATA_DIR. Refused
 * and interrupted uploads leave no file and no row.
 */
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { documents, documentVersions } from "../db/schema";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
/** The start of a Windows executable: "MZ", padding, and the PE header it points to. */
function windowsExecutable(): Buffer {
  const exe = Buffer.alloc(1024);
  exe.write("MZ", 0, "latin1");
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write("PE\0\0", 0x80, "latin1");
  return exe;
}

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer } | null) {
  const boundary = `----prima${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(databaseKinds())("documents on %s", (kind) => {
  let test: TestApp;
  let pm: Session;
  let reviewer: Session;
  let viewer: Session;
  let regionViewer: Session;
  let projectId: string;

  beforeAll(async () => {
    test = await startTestApp(kind, { UPLOAD_MAX_MB: "20" });
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    reviewer = await signIn(test, await buildUser(db, "reviewer", "WCA"));
    viewer = await signIn(test, await buildUser(db, "viewer"));
    regionViewer = await signIn(test, await buildUser(db, "viewer", "EEA"));
    projectId = (await createProjectAs(test, pm)).id;
  });
  afterAll(() => test.close());

  const upload = (
    session: Session,
    fields: Record<string, string>,
    file: { name: string; content: Buffer } | null,
    url = `/api/projects/${projectId}/documents`,
  ) => {
    const form = multipart(fields, file);
    return test.app.inject({
      method: "POST",
      url,
      headers: { ...session.headers, "content-type": form.contentType },
      payload: form.body,
    });
  };
  const rowCounts = async () => ({
    documents: (await test.database.db.select().from(documents)).length,
    versions: (await test.database.db.select().from(documentVersions)).length,
  });

  it("files a PDF with its SHA-256, lists it and gives back the same bytes", async () => {
    const response = await upload(
      pm,
      { kind: "proposal", title: "Proposal v1" },
      { name: "proposal.pdf", content: PDF },
    );
    expect(response.statusCode, response.body).toBe(201);
    const doc = response.json();
    expect(doc).toMatchObject({ kind: "proposal", title: "Proposal v1" });
    expect(doc.versions[0]).toMatchObject({
      version: 1,
      filename: "proposal.pdf",
      mediaType: "application/pdf",
      sizeBytes: PDF.length,
      sha256: createHash("sha256").update(PDF).digest("hex"),
    });
    const download = await test.app.inject({
      method: "GET",
      url: doc.versions[0].downloadUrl,
      headers: viewer.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers["content-disposition"]).toContain('filename="proposal.pdf"');

    const second = Buffer.concat([PDF, Buffer.from("% revised\n")]);
    const version = await upload(
      reviewer,
      {},
      { name: "proposal-revised.pdf", content: second },
      `/api/projects/${projectId}/documents/${doc.id}/versions`,
    );
    expect(version.statusCode, version.body).toBe(201);
    expect(version.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const list = await test.app.inject({
      method: "GET",
      url: `/api/projects/${projectId}/documents`,
      headers: viewer.headers,
    });
    expect(list.json()).toMatchObject({ maxBytes: 20 * 1024 * 1024, items: [{ id: doc.id }] });
    const history = (
      await test.app.inject({ method: "GET", url: `/api/projects/${projectId}/history`, headers: pm.headers })
    ).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(["documentUploaded", "documentVersioned"]),
    );
  });

  it("refuses a 25 MB file under the 20 MB limit: clear error, nothing on disk, nothing in the database", async () => {
    const before = await rowCounts();
    const filesBefore = await filesUnder(test.dataDir);
    const big = Buffer.alloc(25 * 1024 * 1024, 0x41);
    PDF.copy(big);
    const response = await upload(
      pm,
      { kind: "budget", title: "Budget" },
      { name: "budget.pdf", content: big },
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: "payload_too_large",
      message: expect.stringContaining("20 MB"),
    });
    expect(await rowCounts()).toEqual(before);
    expect(await filesUnder(test.dataDir)).toEqual(filesBefore);
  });

  it("refuses an .exe renamed .pdf, and a PDF named .docx", async () => {
    const before = await rowCounts();
    const filesBefore = await filesUnder(test.dataDir);
    const exe = await upload(
      pm,
      { kind: "other", title: "Annex" },
      { name: "annex.pdf", content: windowsExecutable() },
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({
      error: "unsupported_type",
      fields: [{ field: "file", code: "fileType" }],
    });
    const misnamed = await upload(
      pm,
      { kind: "other", title: "Annex" },
      { name: "annex.docx", content: PDF },
    );
    expect(misnamed.statusCode).toBe(415);
    expect(await rowCounts()).toEqual(before);
    expect(await filesUnder(test.dataDir)).toEqual(filesBefore);
  });

  it("accepts plain text and CSV, refuses an empty file and missing fields", async () => {
    const csv = await upload(
      pm,
      { kind: "budget", title: "Budget lines" },
      { name: "budget.csv", content: Buffer.from("line,amount\nstaff,1000\n") },
    );
    expect(csv.statusCode, csv.body).toBe(201);
    expect(csv.json().versions[0].mediaType).toBe("text/plain");
    const empty = await upload(
      pm,
      { kind: "other", title: "Nothing" },
      { name: "empty.txt", content: Buffer.alloc(0) },
    );
    expect(empty.statusCode).toBe(400);
    const noTitle = await upload(pm, { kind: "memo" }, { name: "memo.pdf", content: PDF });
    expect(noTitle.statusCode).toBe(400);
    expect(
      noTitle
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["kind", "title"]);
  });

  it("follows the project's authorization", async () => {
    const refused = await upload(viewer, { kind: "other", title: "x" }, { name: "x.pdf", content: PDF });
    expect(refused.statusCode).toBe(403);
    const hidden = await test.app.inject({
      method: "GET",
      url: `/api/projects/${projectId}/documents`,
      headers: regionViewer.headers,
    });
    expect(hidden.statusCode).toBe(404);
    const anonymous = await test.app.inject({ method: "GET", url: `/api/projects/${projectId}/documents` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("an upload cut off half-way leaves no partial file and no row", async () => {
    const before = await rowCounts();
    const filesBefore = await filesUnder(test.dataDir);
    const address = await test.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = new URL(address);
    const form = multipart(
      { kind: "proposal", title: "Cut" },
      { name: "cut.pdf", content: Buffer.alloc(4 * 1024 * 1024, 0x41) },
    );
    const socket = net.connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(
      `POST /api/projects/${projectId}/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${pm.headers.cookie}\r\nX-CSRF-Token: ${pm.headers["x-csrf-token"]}\r\nContent-Type: ${form.contentType}\r\nContent-Length: ${form.body.length}\r\n\r\n`,
    );
    socket.write(form.body.subarray(0, 2 * 1024 * 1024));
    await new Promise((r) => setTimeout(r, 300));
    socket.destroy();
    // The server notices the broken connection and cleans up.
    await new Promise((r) => setTimeout(r, 500));
    expect(await rowCounts()).toEqual(before);
    expect(await filesUnder(test.dataDir)).toEqual(filesBefore);
  });
});

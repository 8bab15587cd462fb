/**
 * Files of the electronic filing, under DATA_DIR/documents. An upload streams to a temporary
 * file while its size is counted and its SHA-256 computed; only a complete, accepted file is
 * moved to its final place, and the caller removes it again if the database refuses the row.
 * So a failed, refused or interrupted upload leaves neither a partial file nor a row; what a killed
 * server leaves in the temporary directory goes at the next start (uploadLeftovers.ts).
 */
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileTypeFromFile } from "file-type";
import { ACCEPTED_DOCUMENT_TYPES } from "../../domain/documents";
import { tempFileName } from "./uploadLeftovers";

export class UploadTooLarge extends Error {}
export class UploadRefused extends Error {}

export interface ReceivedFile {
  tempPath: string;
  sizeBytes: number;
  sha256: string;
}

export function documentsRoot(dataDir: string): string {
  return path.join(dataDir, "documents");
}

export function uploadTempDir(dataDir: string): string {
  return path.join(documentsRoot(dataDir), "tmp");
}

/** A full disk, or the quota of PRIMA's user reached: nothing more can be stored. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}

/**
 * `mkdir -p` that reports a full disk as one: Node 20's recursive fs.promises.mkdir turns ENOSPC
 * into ENOENT (nodejs/node#56918, fixed in later Node versions).
 */
async function makeDirectory(dir: string): Promise<void> {
  const made = (target: string) =>
    mkdir(target).then(
      () => null,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") return null;
        if (error.code === "ENOENT") return error;
        throw error;
      },
    );
  if ((await made(dir)) === null) return;
  await makeDirectory(path.dirname(dir));
  const missing = await made(dir);
  if (missing) throw missing;
}

/** Streams an upload to a temporary file; throws UploadTooLarge past `maxBytes` (nothing kept). */
export async function receiveUpload(
  dataDir: string,
  source: Readable,
  maxBytes: number,
): Promise<ReceivedFile> {
  const tempDir = uploadTempDir(dataDir);
  await makeDirectory(tempDir);
  const tempPath = path.join(tempDir, tempFileName());
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(new UploadTooLarge(`The file is larger than ${maxBytes} bytes`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, meter, createWriteStream(tempPath, { flags: "wx" }));
    // The multipart parser may stop at its own limit and end the stream quietly.
    if ((source as Readable & { truncated?: boolean }).truncated) {
      throw new UploadTooLarge(`The file is larger than ${maxBytes} bytes`);
    }
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  return { tempPath, sizeBytes: size, sha256: hash.digest("hex") };
}

function extensionOf(filename: string): string {
  return path.extname(filename).slice(1).toLowerCase();
}

async function looksLikeText(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    try {
      // A multi-byte character may be cut at the end of the sample: allow that one.
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, bytesRead - 4)));
      return true;
    } catch {
      return false;
    }
  } finally {
    await handle.close();
  }
}

/**
 * The media type read from the content, if it is one we file and the name's extension agrees
 * (an .exe renamed .pdf is refused, and so is a PDF named .docx).
 */
export async function acceptedMediaType(file: ReceivedFile, filename: string): Promise<string> {
  const extension = extensionOf(filename);
  const detected = await fileTypeFromFile(file.tempPath);
  const mediaType = detected ? detected.mime : (await looksLikeText(file.tempPath)) ? "text/plain" : null;
  const allowed = mediaType ? ACCEPTED_DOCUMENT_TYPES[mediaType] : undefined;
  if (!mediaType || !allowed) {
    throw new UploadRefused(
      `This file is not a document PRIMA files${detected ? ` (its content is ${detected.ext.toUpperCase()})` : ""}: upload PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text or CSV`,
    );
  }
  if (!allowed.includes(extension)) {
    throw new UploadRefused(
      `The file's name ends in .${extension || "(nothing)"} but its content is ${allowed.map((e) => `.${e}`).join(" / ")}: check that you chose the right file`,
    );
  }
  return mediaType;
}

/** Moves an accepted file to its place; returns its path relative to the documents root. */
export async function storeFile(dataDir: string, file: ReceivedFile, now: Date): Promise<string> {
  const relative = path.join(String(now.getUTCFullYear()), `${randomUUID()}`);
  const target = path.join(documentsRoot(dataDir), relative);
  await makeDirectory(path.dirname(target));
  await rename(file.tempPath, target);
  return relative;
}

export function storedPath(dataDir: string, relative: string): string {
  const root = documentsRoot(dataDir);
  const full = path.resolve(root, relative);
  if (!full.startsWith(`${root}${path.sep}`)) throw new Error("stored path outside the documents root");
  return full;
}

export async function discard(pathToRemove: string): Promise<void> {
  await rm(pathToRemove, { force: true });
}

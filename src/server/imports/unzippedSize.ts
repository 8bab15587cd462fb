/**
 * A guard against zip bombs before exceljs opens an uploaded .xlsx (a zip of XML parts): each part
 * is inflated here with a ceiling on what it may produce, so a small upload that would unpack to
 * gigabytes is refused after at most `limitBytes` of output instead of exhausting the server's
 * memory. The sizes a zip declares are not trusted: they can lie, the inflated bytes cannot.
 */
import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export type UnzippedSize =
  | { ok: true; bytes: number; entries: number }
  | { ok: false; reason: "notZip" | "tooLarge" | "tooManyEntries" };

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

export function unzippedSize(zip: Buffer, limitBytes: number, maxEntries = 10_000): UnzippedSize {
  if (zip.length < 22) return { ok: false, reason: "notZip" };
  const end = findEndOfDirectory(zip);
  if (end < 0) return { ok: false, reason: "notZip" };
  const entries = zip.readUInt16LE(end + 10);
  if (entries > maxEntries) return { ok: false, reason: "tooManyEntries" };
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  try {
    for (let i = 0; i < entries; i++) {
      if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return { ok: false, reason: "notZip" };
      const method = zip.readUInt16LE(at + 10);
      const compressed = zip.readUInt32LE(at + 20);
      const local = zip.readUInt32LE(at + 42);
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      // Zip64 (sizes of 4 GiB and more) never belongs in a workbook small enough to upload.
      if (compressed === 0xffffffff || local === 0xffffffff) return { ok: false, reason: "tooLarge" };
      if (zip.readUInt32LE(local) !== LOCAL_HEADER) return { ok: false, reason: "notZip" };
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) total += data.length;
      else if (method === 8) {
        const room = limitBytes - total;
        if (room <= 0) return { ok: false, reason: "tooLarge" };
        try {
          total += inflateRawSync(data, { maxOutputLength: room }).length;
        } catch (error) {
          if (error instanceof RangeError) return { ok: false, reason: "tooLarge" };
          return { ok: false, reason: "notZip" };
        }
      } else return { ok: false, reason: "notZip" };
      if (total > limitBytes) return { ok: false, reason: "tooLarge" };
    }
  } catch {
    // A read past the end: the directory points outside the file.
    return { ok: false, reason: "notZip" };
  }
  return { ok: true, bytes: total, entries };
}

import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readImportWorkbook } from "./readImportWorkbook";
import { unzippedSize } from "./unzippedSize";

/** A zip of one deflated part, its directory declaring `declared` bytes (zip bombs lie about it). */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe("what an uploaded workbook unpacks to", () => {
  it("counts a real workbook's parts", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Projects").addRow(["Code", "Title"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const size = unzippedSize(bytes, 10 * 1024 * 1024);
    expect(size).toMatchObject({ ok: true });
    expect(size.ok && size.bytes).toBeGreaterThan(bytes.length);
  });

  it("stops a bomb at the ceiling, whatever size its directory declares", () => {
    // 64 MiB of zeros deflate to about 64 KiB; the directory claims 1 KiB.
    const bomb = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(64 * 1024 * 1024), 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(unzippedSize(bomb, 16 * 1024 * 1024)).toEqual({ ok: false, reason: "tooLarge" });
    expect(unzippedSize(bomb, 128 * 1024 * 1024)).toMatchObject({ ok: true, bytes: 64 * 1024 * 1024 });
  });

  it("calls anything else not a zip", () => {
    expect(unzippedSize(Buffer.from("code,title\nA,B\n"), 1024)).toEqual({ ok: false, reason: "notZip" });
    const truncated = zipOf("a.xml", Buffer.from("<a/>"));
    expect(unzippedSize(truncated.subarray(0, truncated.length - 30), 1024)).toEqual({
      ok: false,
      reason: "notZip",
    });
  });

  it("refuses a bomb with a field error before exceljs opens it", async () => {
    // 300 MiB of zeros: above the 200 MB an import reads.
    const bomb = zipOf("xl/worksheets/sheet1.xml", Buffer.alloc(300 * 1024 * 1024));
    await expect(readImportWorkbook(bomb)).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: "file", code: "unzipsTooLarge" })],
    });
  });
});

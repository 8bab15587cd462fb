/**
 * Reads an uploaded .xlsx into the plain sheets a portfolio import checks (src/domain): each
 * non-empty row with Excel's row number, each cell as text, number, boolean or date, formulas
 * replaced by their cached result. A file exceljs cannot open is the user's mistake (400), said as
 * such; nothing of the workbook is trusted beyond its values.
 */
import ExcelJS from "exceljs";
import { Invalid } from "../../domain/errors";
import type { CellValue } from "../../domain/importCells";
import type { ImportSheet } from "../../domain/projectImport";
import { unzippedSize } from "./unzippedSize";

/** More columns than any sheet of the export has: the rest of a row is not read. */
const MAX_COLUMNS = 40;

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((part) => part.text).join("");
    if ("result" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return null;
}

/**
 * What one import may unpack to. The Excel export of 100,000 projects unpacks to far less; a
 * workbook above it is split by its owner, and a zip bomb stops here instead of in exceljs.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

const NOT_A_WORKBOOK = {
  field: "file",
  code: "fileType",
  message: "This is not an Excel workbook (.xlsx): save the file as .xlsx and try again",
};

export async function readImportWorkbook(bytes: Buffer): Promise<ImportSheet[]> {
  const size = unzippedSize(bytes, MAX_UNZIPPED_BYTES);
  if (!size.ok && size.reason === "notZip") throw new Invalid([NOT_A_WORKBOOK]);
  if (!size.ok) {
    throw new Invalid([
      {
        field: "file",
        code: "unzipsTooLarge",
        message:
          "This workbook unpacks to more than PRIMA reads in one import (200 MB): split it into several files",
      },
    ]);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new Invalid([NOT_A_WORKBOOK]);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: ImportSheet["rows"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: CellValue[] = [];
      for (let column = 1; column <= Math.min(row.cellCount, MAX_COLUMNS); column++) {
        cells.push(plainValue(row.getCell(column).value));
      }
      rows.push({ number, cells });
    });
    return { name: sheet.name, rows };
  });
}

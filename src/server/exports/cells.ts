/**
 * How one value is written to a spreadsheet cell or a CSV field, by its column type: shared by the
 * figure-table writer and the project-list workbook, so that both read the same in Excel.
 */
import type { FastifyReply } from "fastify";
import type { FigureValue, FigureValueType } from "../../domain/figures";
import { formatMoney } from "../../domain/money";

/** Excel number formats: money with two decimals, percentages as percentages, ISO-looking dates. */
export const NUMBER_FORMATS: Partial<Record<FigureValueType, string>> = {
  money: "#,##0.00",
  percent: "0.00%",
  date: "yyyy-mm-dd",
  integer: "#,##0",
  days: "0",
  decimal: "#,##0.00",
};

/** The format of a column: its type's, except that years are written without a thousands separator. */
export function numberFormat(column: { key: string; type: FigureValueType }): string | undefined {
  if (column.type === "integer" && /(^y|Y)ear$/.test(column.key)) return "0";
  return NUMBER_FORMATS[column.type];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The cell value: money as dollars (cents / 100), a percent as a fraction, a date as a real date. */
export function excelValue(
  type: FigureValueType,
  value: FigureValue | undefined,
): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  switch (type) {
    case "money":
      return Number(value) / 100;
    case "percent":
      return Number(value) / 100;
    case "integer":
    case "days":
    case "decimal":
      return Number(value);
    case "date": {
      const match = ISO_DATE.exec(String(value));
      return match
        ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
        : String(value);
    }
    default:
      return String(value);
  }
}

/** Where a spreadsheet reads a field as a formula (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CSV field: money as an exact decimal ("1234.50"), a percent as 0–100, a date as ISO. A text
 * that starts like a formula gets a leading apostrophe: a title anyone typed must not run in the
 * reader's spreadsheet. Numbers (negative ones too) are written as they are.
 */
export function csvValue(type: FigureValueType, value: FigureValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (type === "money" && typeof value === "number") return formatMoney(value);
  if (type === "date") return String(value).slice(0, 10);
  const text = String(value);
  return type === "text" && FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV record (RFC 4180): fields with a quote, comma or line break are quoted, quotes doubled. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(",")}\r\n`;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const CSV_BOM = "\uFEFF";

/** A width (in characters) that fits the heading and the longest value seen. */
export function columnWidth(type: FigureValueType, heading: string, longest = 0): number {
  const typical = type === "date" ? 12 : type === "money" ? 16 : type === "percent" ? 10 : 8;
  return Math.min(60, Math.max(typical, heading.length + 2, longest + 2));
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function uniqueSheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  iati: "application/xml; charset=utf-8",
} as const;

/** Download headers; the name is reduced to safe ASCII with its UTF-8 form beside it. */
export function setDownloadHeaders(reply: FastifyReply, filename: string, contentType: string): void {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  reply
    .header("content-type", contentType)
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .header("cache-control", "private, no-store");
}

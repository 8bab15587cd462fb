/**
 * How one spreadsheet cell of a portfolio import is read: as text, a whole number, money, a share
 * or a calendar date. Each reader gives the value or the error code that says what is wrong with
 * it, never throws: the cells come from any spreadsheet anyone filled in.
 */
import { type IsoDate, isYearInRange } from "./calendar";
import type { ErrorCode } from "./errorCodes";
import { MAX_BUDGET_CENTS, parseMoney } from "./money";
import { FULL_SHARE } from "./shares";

/** A cell as the workbook reader gives it (formulas already replaced by their result). */
export type CellValue = string | number | boolean | Date | null;

export type Read<T> = { value: T } | { error: ErrorCode };

/** The cell as the text a person sees, trimmed; "" for an empty cell. */
export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function isBlank(cell: CellValue): boolean {
  return cellText(cell) === "";
}

/** The same word whatever its case, accents kept: "Draft", "draft " and "DRAFT" match. */
export function normalName(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

export function readInteger(cell: CellValue, min: number, max: number): Read<number> {
  const text = cellText(cell);
  const value = typeof cell === "number" ? cell : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) return { error: "importNotNumber" };
  if (value < min) return { error: "too_small" };
  if (value > max) return { error: "too_big" };
  return { value };
}

/** Dollars in a number cell, or a decimal text ("1234.50", "1,234.50"), into cents. */
export function readMoney(cell: CellValue): Read<number> {
  let cents: number | null;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { error: "importNotNumber" };
    // A binary fraction is never exact: cents are whole when within a millionth of a cent.
    const rounded = Math.round(cell * 100);
    cents = Math.abs(rounded - cell * 100) < 1e-6 ? rounded : null;
  } else {
    const text = cellText(cell).replace(/,/g, "");
    if (!/^-?[\d.]+$/.test(text)) return { error: "importNotNumber" };
    cents = parseMoney(text);
  }
  if (cents === null) return { error: "money" };
  if (cents <= 0) return { error: "moneyPositive" };
  if (cents > MAX_BUDGET_CENTS) return { error: "moneyTooLarge" };
  return { value: cents };
}

/**
 * A share in hundredths of a percent. A number cell holds a fraction, as Excel stores a cell
 * formatted as a percentage (0.25 shows as 25 %); a text cell holds a percentage ("25", "25 %").
 */
export function readShare(cell: CellValue): Read<number> {
  let hundredths: number;
  if (typeof cell === "number") {
    // Excel keeps a percentage cell as a fraction (60 % is 0.6), which is what the export writes;
    // a number above 1 can only be meant as percentage points (60), since no share exceeds 100 %.
    hundredths = cell > 1 ? cell * 100 : cell * FULL_SHARE;
  } else {
    const text = cellText(cell).replace(/\s*%$/, "");
    if (!/^\d+(\.\d+)?$/.test(text)) return { error: "importNotNumber" };
    hundredths = Number(text) * 100;
  }
  const rounded = Math.round(hundredths);
  if (!Number.isFinite(hundredths) || Math.abs(rounded - hundredths) > 1e-6) return { error: "percent" };
  if (rounded <= 0 || rounded > FULL_SHARE) return { error: "percent" };
  return { value: rounded };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day 0 of Excel's date serials (1899-12-30, so that 1900's phantom 29 February is skipped). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoOf(time: number): IsoDate | null {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString().slice(0, 10);
  return isYearInRange(iso) ? (iso as IsoDate) : null;
}

/** A date cell (Excel's dates are read as midnight UTC), an ISO text, or an Excel serial number. */
export function readDate(cell: CellValue): Read<IsoDate> {
  let iso: IsoDate | null = null;
  if (cell instanceof Date) iso = isoOf(cell.getTime());
  else if (typeof cell === "number" && Number.isInteger(cell) && cell > 0)
    iso = isoOf(EXCEL_EPOCH_MS + cell * DAY_MS);
  else {
    const match = ISO_DATE.exec(cellText(cell));
    if (match) {
      const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      const candidate = isoOf(time);
      iso = candidate === cellText(cell) ? candidate : null;
    }
  }
  return iso === null ? { error: "importNotDate" } : { value: iso };
}

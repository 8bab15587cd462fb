/**
 * Exchange rates (issue 15 §5): what the fund manager records per currency and month, and the
 * exact conversion of an amount to USD cents.
 *
 * A rate is the number of USD for one unit of the currency ("0.00671234" for JPY), with at most
 * eight decimals, held as an integer of 10⁻⁸ USD so that nothing is ever a float. A converted
 * figure is rounded once, half away from zero, to the cent. An amount dated in a month converts
 * at the rate of that month or, when none was recorded, of the latest earlier month; none at all
 * means the figure has no USD value, and PRIMA says so instead of a number.
 */
import { z } from "zod";
import { dateOutOfRange, FIRST_YEAR, isYearInRange, LAST_YEAR } from "./calendar";
import { BASE_CURRENCY, currencyExponent, isCurrency } from "./currencies";

export const RATE_DECIMALS = 8;
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS);
/** No currency is worth a million dollars a unit: above that, a rate is a typo. */
const MAX_RATE_UNITS = 1_000_000n;

/** "2026-03": the month a rate applies to. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses "0.0067" into 10⁻⁸ USD units; null when not a positive decimal of at most eight decimals. */
export function parseRate(text: string): bigint | null {
  const match = /^(\d{1,7})(?:\.(\d{1,8}))?$/.exec(text.trim());
  if (!match) return null;
  const value = BigInt(match[1] as string) * RATE_SCALE + BigInt((match[2] ?? "").padEnd(8, "0"));
  if (value <= 0n || value > MAX_RATE_UNITS * RATE_SCALE) return null;
  return value;
}

/** Formats a rate with its eight decimals ("0.00671234", "1.08000000"). */
export function formatRate(units: bigint): string {
  return `${units / RATE_SCALE}.${String(units % RATE_SCALE).padStart(RATE_DECIMALS, "0")}`;
}

/** Divides and rounds half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** An amount in minor units of `currency` converted to USD cents at `rate` (10⁻⁸ USD per unit). */
export function toUsdCents(minor: bigint, currency: string, rate: bigint): bigint {
  const exponent = BigInt(currencyExponent(currency));
  // minor / 10^exponent units × rate / 10^8 USD × 100 cents
  return divideRounded(minor * rate * 100n, 10n ** exponent * RATE_SCALE);
}

export interface RateRecord {
  currency: string;
  month: string;
  rate: bigint;
}

/** The month of an ISO date ("2026-03-15" → "2026-03"). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** USD itself converts at exactly 1, on the amount's own month. */
export const UNIT_RATE = RATE_SCALE;

/**
 * The rate that applies to an amount dated `date`: the currency's rate of that month, or of the
 * latest earlier month with one; USD needs none. `rates` may hold any currencies and months.
 */
export function rateFor(
  rates: readonly RateRecord[],
  currency: string,
  date: string,
): { rate: bigint; month: string } | null {
  const month = monthOf(date);
  if (currency === BASE_CURRENCY) return { rate: UNIT_RATE, month };
  let best: RateRecord | null = null;
  for (const r of rates) {
    if (r.currency !== currency || r.month > month) continue;
    if (!best || r.month > best.month) best = r;
  }
  return best ? { rate: best.rate, month: best.month } : null;
}

export const rateView = z.object({
  currency: z.string(),
  month: z.string(),
  /** USD for one unit of the currency, eight decimals. */
  rate: z.string(),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type RateView = z.infer<typeof rateView>;
export const rateList = z.object({ items: z.array(rateView) });

/** One change of a rate, from the audit trail: who set it when, from what to what. */
export const rateChange = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The rate before the change; null when the change first set it. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  /**
   * Set by hand on the page (or the API), by a CSV import, or "recorded": the rate as its row
   * stands, for a rate written without an audit entry (the demo, an older installation's data).
   */
  how: z.enum(["set", "imported", "recorded"]),
});
export type RateChange = z.infer<typeof rateChange>;
export const rateHistory = z.object({ items: z.array(rateChange) });

export const rateValue = z
  .string()
  .max(20)
  .describe('USD for one unit of the currency, a positive decimal with at most eight decimals, e.g. "0.0067"')
  .superRefine((value, ctx) => {
    if (parseRate(value) === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter the USD value of one unit: a positive number with at most eight decimals",
        params: { code: "rate" },
      });
    }
  });

export const rateInput = z.object({
  version: z.number().int().min(0).describe("The version you loaded; 0 when no rate was set for this month"),
  rate: rateValue,
});
export type RateInput = z.infer<typeof rateInput>;

export const rateParams = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  month: z
    .string()
    .regex(MONTH)
    .refine((month) => !MONTH.test(month) || isYearInRange(month), dateOutOfRange()),
});

/** One line of a CSV of monthly rates that is wrong, and why (line 1 is the header). */
export interface RateImportProblem {
  line: number;
  field: "currency" | "month" | "rate" | "line";
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ParsedRateCsv {
  rows: { line: number; currency: string; month: string; rate: bigint }[];
  problems: RateImportProblem[];
}

const HEADER = ["currency", "month", "rate"];

/**
 * The most rates one CSV may hold: ten years of monthly rates for 80 currencies, a minute's work
 * at most on the embedded database. A longer history is imported in several files.
 */
export const MAX_RATE_CSV_ROWS = 10_000;

/**
 * Reads a CSV of monthly rates: a header `currency,month,rate`, then one line per currency and
 * month (comma or semicolon separated, blank lines ignored). Every problem is listed with its line
 * number, so that a dry run shows them all at once.
 */
export function parseRateCsv(text: string): ParsedRateCsv {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const rows: ParsedRateCsv["rows"] = [];
  const problems: RateImportProblem[] = [];
  const count = lines.reduce((n, line, index) => (index > 0 && line.trim() !== "" ? n + 1 : n), 0);
  if (count > MAX_RATE_CSV_ROWS) {
    problems.push({
      line: 1,
      field: "line",
      code: "rateCsvTooMany",
      message: `A file holds at most ${MAX_RATE_CSV_ROWS} rates: split it into several`,
      params: { max: MAX_RATE_CSV_ROWS },
    });
    return { rows, problems };
  }
  const split = (line: string) => line.split(/[,;]/).map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
  const header = split(lines[0] ?? "").map((h) => h.toLowerCase());
  if (header.join(",") !== HEADER.join(",")) {
    problems.push({
      line: 1,
      field: "line",
      code: "rateCsvHeader",
      message: 'The first line must be the header "currency,month,rate"',
    });
    return { rows, problems };
  }
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === "") return;
    const cells = split(raw);
    if (cells.length !== 3) {
      problems.push({
        line,
        field: "line",
        code: "rateCsvColumns",
        message: "A line has three values: currency, month, rate",
      });
      return;
    }
    const [currency, month, rateText] = cells as [string, string, string];
    const before = problems.length;
    if (!isCurrency(currency.toUpperCase()) || currency.toUpperCase() === BASE_CURRENCY) {
      problems.push({
        line,
        field: "currency",
        code: "currencyUnknown",
        message: `"${currency}" is not an ISO 4217 currency other than USD`,
      });
    }
    if (!MONTH.test(month)) {
      problems.push({
        line,
        field: "month",
        code: "monthFormat",
        message: `"${month}" is not a month written YYYY-MM`,
      });
    } else if (!isYearInRange(month)) {
      const { message } = dateOutOfRange();
      problems.push({
        line,
        field: "month",
        code: "dateOutOfRange",
        message,
        params: { first: FIRST_YEAR, last: LAST_YEAR },
      });
    }
    const rate = parseRate(rateText);
    if (rate === null) {
      problems.push({
        line,
        field: "rate",
        code: "rate",
        message: `"${rateText}" is not a positive rate with at most eight decimals`,
      });
    }
    const key = `${currency.toUpperCase()} ${month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        field: "line",
        code: "duplicate",
        message: `Line ${earlier} already gives this currency and month`,
      });
    }
    seen.set(key, line);
    if (problems.length === before && rate !== null) {
      rows.push({ line, currency: currency.toUpperCase(), month, rate });
    }
  });
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      line: 1,
      field: "line",
      code: "rateCsvEmpty",
      message: "The file has no rates under its header",
    });
  }
  return { rows, problems };
}

export const rateImportInput = z.object({
  csv: z.string().max(2_000_000).describe("The CSV text: header currency,month,rate then one line per rate"),
  dryRun: z.boolean().default(false).describe("Only check the file and say what would change"),
});

export const rateImportResult = z.object({
  dryRun: z.boolean(),
  /** Whether the rates were written (never when a line has a problem: all or nothing). */
  applied: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(
    z.object({
      line: z.number().int(),
      field: z.string(),
      code: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type RateImportResult = z.infer<typeof rateImportResult>;

/**
 * Figures as tables: the numbers behind every dashboard chart and analysis report, shown as a
 * table on screen and written as they are to Excel and CSV. One shape, so that what a user
 * downloads is exactly what the chart drew.
 */
import { z } from "zod";

/**
 * How a column's values are written: `money` in cents (integers), `percent` as a number from 0
 * to 100, `date` as an ISO calendar date, `days` and `integer` as whole numbers.
 */
export const FIGURE_VALUE_TYPES = ["text", "integer", "decimal", "money", "percent", "date", "days"] as const;
export type FigureValueType = (typeof FIGURE_VALUE_TYPES)[number];

export const figureColumn = z.object({
  /** Stable key; its heading in each language comes from the locale files (web/i18n/figureTexts). */
  key: z.string(),
  type: z.enum(FIGURE_VALUE_TYPES),
});
export type FigureColumn = z.infer<typeof figureColumn>;

export const figureValue = z.union([z.string(), z.number(), z.null()]);
export type FigureValue = z.infer<typeof figureValue>;

export const figureTable = z.object({
  /** Stable identifier; also the sheet name's key. */
  id: z.string(),
  columns: z.array(figureColumn),
  rows: z.array(z.record(z.string(), figureValue)),
});
export type FigureTable = z.infer<typeof figureTable>;

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

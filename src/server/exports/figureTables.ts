/**
 * Excel and CSV of figure tables — the numbers behind a dashboard chart or an analysis report,
 * written exactly as the screen shows them. Used by the dashboard, analysis and appeal routes.
 *
 * Figure tables are small (a few hundred rows), so the file is built in memory and sent whole:
 * a failure is then a clean error response rather than a truncated download.
 */
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import type { FigureLanguage } from "../../domain/figureLabels";
import type { ExportFormat, FigureTable } from "../../domain/figures";
import { figureHeading, figureSheetName } from "../../web/i18n/figureTexts";
import {
  CONTENT_TYPES,
  CSV_BOM,
  columnWidth,
  csvLine,
  csvValue,
  excelValue,
  numberFormat,
  setDownloadHeaders,
  uniqueSheetName,
} from "./cells";
import { workbookBytes } from "./workbookBytes";

export interface FigureExportOptions {
  format: ExportFormat;
  /** Without extension: `.xlsx` or `.csv` is added. */
  filename: string;
  language: FigureLanguage;
}

/** A workbook with one sheet per table: typed cells, number formats, frozen header, autofilter. */
export async function figureWorkbook(
  tables: readonly FigureTable[],
  language: FigureLanguage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PRIMA";
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(uniqueSheetName(figureSheetName(table.id, language), used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => {
      const header = figureHeading(column.key, language);
      const longest = table.rows.reduce(
        (max, row) => Math.max(max, csvValue(column.type, row[column.key]).length),
        0,
      );
      const numFmt = numberFormat(column);
      return {
        header,
        key: column.key,
        width: columnWidth(column.type, header, longest),
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(table.columns.map((column) => excelValue(column.type, row[column.key])));
    }
    if (table.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
  }
  return workbookBytes(workbook);
}

/** The tables one after another, each under a title line, separated by a blank line (RFC 4180). */
export function figureCsv(tables: readonly FigureTable[], language: FigureLanguage): string {
  const blocks = tables.map(
    (table) =>
      csvLine([figureSheetName(table.id, language)]) +
      csvLine(table.columns.map((column) => figureHeading(column.key, language))) +
      table.rows
        .map((row) => csvLine(table.columns.map((column) => csvValue(column.type, row[column.key]))))
        .join(""),
  );
  return CSV_BOM + blocks.join("\r\n");
}

export async function sendFigureTables(
  reply: FastifyReply,
  tables: readonly FigureTable[],
  { format, filename, language }: FigureExportOptions,
): Promise<FastifyReply> {
  if (format === "xlsx") {
    const body = await figureWorkbook(tables, language);
    setDownloadHeaders(reply, `${filename}.xlsx`, CONTENT_TYPES.xlsx);
    return reply.send(body);
  }
  setDownloadHeaders(reply, `${filename}.csv`, CONTENT_TYPES.csv);
  return reply.send(figureCsv(tables, language));
}

/**
 * Excel of spending against the budget: a project's (summary, by area of work, by activity type)
 * and the portfolio's lists (by variance, unspent at end). Typed cells (money in USD with two
 * decimals, percentages, dates), headings and names in the reader's language, as the other exports.
 */
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import type { FigureLanguage } from "../../domain/figureLabels";
import type { FigureColumn, FigureValue } from "../../domain/figures";
import type { ReferenceData } from "../../domain/reference";
import { hundredthsToPercent } from "../../domain/shares";
import { projectVariance, type SpendingLine, tenthsOfPercent } from "../../domain/spending";
import spendingEn from "../../web/i18n/spending.en.json";
import spendingEs from "../../web/i18n/spending.es.json";
import spendingFr from "../../web/i18n/spending.fr.json";
import type { SpendingRecord } from "../services/spending/loadSpending";
import {
  CONTENT_TYPES,
  columnWidth,
  csvValue,
  excelValue,
  numberFormat,
  setDownloadHeaders,
  uniqueSheetName,
} from "./cells";
import { workbookBytes } from "./workbookBytes";

const TEXTS = { en: spendingEn.spending, fr: spendingFr.spending, es: spendingEs.spending };
type Texts = typeof spendingEn.spending;
type ColumnKey = keyof Texts["columns"];
type SheetId = keyof Texts["sheets"];

interface Sheet {
  id: SheetId;
  columns: (FigureColumn & { key: ColumnKey })[];
  rows: Record<string, FigureValue>[];
}

/** Names of reference codes in one language. */
export function referenceNames(reference: ReferenceData, language: FigureLanguage) {
  const of = (list: { code: string; name: Record<FigureLanguage, string> }[]) =>
    new Map(list.map((item) => [item.code, item.name[language] || item.name.en]));
  return {
    regions: of(reference.regions),
    areas: of(reference.areasOfWork),
    activities: of(reference.activityTypes),
    fundLines: of(reference.fundLines),
  };
}
export type ReferenceNames = ReturnType<typeof referenceNames>;

const tenths = (value: number | null) => (value === null ? null : value / 10);

function lineRows(
  lines: readonly SpendingLine[],
  totalSpent: number,
  names: Map<string, string>,
  texts: Texts,
) {
  return lines.map((line) => ({
    name: names.get(line.code) ?? line.code,
    share: hundredthsToPercent(line.shareHundredths),
    budget: line.budgetCents,
    spent: line.spentCents,
    spentPercent: tenths(tenthsOfPercent(line.spentCents, line.budgetCents)),
    spendingShare: tenths(tenthsOfPercent(line.spentCents, totalSpent)),
    variance: line.varianceHundredths === null ? null : hundredthsToPercent(line.varianceHundredths),
    flagged: line.flagged ? texts.yes : texts.no,
  }));
}

const LINE_COLUMNS = (name: "area" | "activity", flagged: boolean): Sheet["columns"] => [
  { key: name, type: "text" },
  { key: "share", type: "decimal" },
  { key: "budget", type: "money" },
  { key: "spent", type: "money" },
  { key: "spentPercent", type: "percent" },
  { key: "spendingShare", type: "percent" },
  { key: "variance", type: "decimal" },
  ...(flagged ? [{ key: "flagged" as const, type: "text" as const }] : []),
];

export function projectSpendingSheets(
  record: SpendingRecord,
  names: ReferenceNames,
  language: FigureLanguage,
): Sheet[] {
  const texts = TEXTS[language];
  const approved = record.approvedCents ?? 0;
  const spent = record.spentCents ?? 0;
  const rename = (rows: ReturnType<typeof lineRows>, key: "area" | "activity") =>
    rows.map(({ name, ...row }) => ({ [key]: name, ...row }));
  return [
    {
      id: "summary",
      columns: [
        { key: "code", type: "text" },
        { key: "title", type: "text" },
        { key: "state", type: "text" },
        { key: "end", type: "date" },
        { key: "approved", type: "money" },
        { key: "spent", type: "money" },
        { key: "unspent", type: "money" },
        { key: "spentPercent", type: "percent" },
      ],
      rows: [
        {
          code: record.project.code,
          title: record.project.title,
          state: texts.states[record.state],
          end: record.project.end,
          approved: record.approvedCents,
          spent: record.spentCents,
          unspent: record.state === "notApplicable" ? null : approved - spent,
          spentPercent: record.state === "notApplicable" ? null : tenths(tenthsOfPercent(spent, approved)),
        },
      ],
    },
    {
      id: "areas",
      columns: LINE_COLUMNS("area", true),
      rows: rename(lineRows(record.areas, spent, names.areas, texts), "area"),
    },
    {
      id: "activities",
      columns: LINE_COLUMNS("activity", false),
      rows: rename(lineRows(record.activities, spent, names.activities, texts), "activity"),
    },
  ];
}

export function portfolioSpendingSheet(
  id: "variance" | "unspent",
  records: readonly SpendingRecord[],
  names: ReferenceNames,
  language: FigureLanguage,
): Sheet {
  const texts = TEXTS[language];
  return {
    id,
    columns: [
      { key: "code", type: "text" },
      { key: "title", type: "text" },
      { key: "region", type: "text" },
      { key: "fundingYear", type: "integer" },
      { key: "fundLine", type: "text" },
      { key: "end", type: "date" },
      { key: "state", type: "text" },
      { key: "approved", type: "money" },
      { key: "spent", type: "money" },
      { key: "unspent", type: "money" },
      { key: "spentPercent", type: "percent" },
      { key: "variance", type: "decimal" },
      { key: "flaggedAreas", type: "text" },
    ],
    rows: records.map((record) => {
      const approved = record.approvedCents ?? 0;
      const spent = record.spentCents ?? 0;
      const variance = projectVariance(record.areas).hundredths;
      return {
        code: record.project.code,
        title: record.project.title,
        region: record.project.regionCode
          ? (names.regions.get(record.project.regionCode) ?? record.project.regionCode)
          : null,
        fundingYear: record.project.fundingYear,
        fundLine: names.fundLines.get(record.project.fundLine) ?? record.project.fundLine,
        end: record.project.end,
        state: texts.states[record.state],
        approved,
        spent,
        unspent: approved - spent,
        spentPercent: tenths(tenthsOfPercent(spent, approved)),
        variance: variance === null ? null : hundredthsToPercent(variance),
        flaggedAreas: record.areas
          .filter((line) => line.flagged)
          .map((line) => names.areas.get(line.code) ?? line.code)
          .join(", "),
      };
    }),
  };
}

/** One sheet per table: typed cells, number formats, frozen header, autofilter. */
export async function spendingWorkbook(sheets: readonly Sheet[], language: FigureLanguage): Promise<Buffer> {
  const texts = TEXTS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PRIMA";
  const used = new Set<string>();
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(uniqueSheetName(texts.sheets[table.id], used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => {
      const header = texts.columns[column.key];
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

export async function sendSpendingWorkbook(
  reply: FastifyReply,
  filename: string,
  sheets: readonly Sheet[],
  language: FigureLanguage,
): Promise<FastifyReply> {
  const body = await spendingWorkbook(sheets, language);
  setDownloadHeaders(reply, filename, CONTENT_TYPES.xlsx);
  return reply.send(body);
}

/**
 * The Excel workbook of a filtered project list, streamed: each sheet is written row by row as
 * the database is read in batches, and committed before the next begins (the zip holds one open
 * entry at a time, so a later sheet written early would wait in memory). 100,000 projects take
 * a bounded amount of memory whatever the size of the portfolio.
 */
import type { Writable } from "node:stream";
import type { SQL } from "drizzle-orm";
import ExcelJS from "exceljs";
import { dayOf, type IsoDate } from "../../domain/calendar";
import type { FigureLanguage } from "../../domain/figureLabels";
import type { FigureColumn, FigureValue } from "../../domain/figures";
import { beneficiariesProgress, currentReport } from "../../domain/progress";
import {
  PROJECT_SHEET_COLUMNS,
  PROJECT_SHEET_NAMES,
  type ProjectSheetId,
  projectExportHeading,
  projectExportValue,
} from "../../domain/projectExport";
import { reportState } from "../../domain/reportSchedule";
import type { DbOrTx } from "../db/client";
import { columnWidth, excelValue, numberFormat, uniqueSheetName } from "./cells";
import { projectCells } from "./projectCells";
import {
  activitySharesOf,
  areaSharesOf,
  beneficiariesReachedIn,
  beneficiaryTargetsOf,
  EXPORT_BATCH_SIZE,
  type ExportReference,
  loadExportReference,
  nameIn,
  projectBatches,
  reportsOf,
} from "./projectRows";
import { waitForDrain } from "./streams";

export interface ProjectExportInput {
  db: DbOrTx;
  /** The list's filters within the user's read scope (`projectFilters`). */
  where: SQL | undefined;
  language: FigureLanguage;
  today: IsoDate;
}

/** Wider columns for the texts people read; the rest fit their heading or their type. */
const WIDTHS: Record<string, number> = {
  code: 16,
  title: 50,
  region: 28,
  countries: 18,
  pm: 24,
  altPm: 24,
  area: 34,
  activity: 30,
  beneficiaryType: 30,
};

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  id: ProjectSheetId,
  language: FigureLanguage,
  used: Set<string>,
) {
  const columns = PROJECT_SHEET_COLUMNS[id];
  const sheet = workbook.addWorksheet(uniqueSheetName(PROJECT_SHEET_NAMES[id][language], used), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const headings = columns.map((column) => projectExportHeading(column.key, language));
  sheet.columns = columns.map((column, i) => {
    const numFmt = numberFormat(column);
    return {
      key: column.key,
      width: WIDTHS[column.key] ?? columnWidth(column.type, headings[i] ?? ""),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const header = sheet.addRow(headings);
  header.font = { bold: true };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return {
    add(values: Record<string, FigureValue>) {
      sheet
        .addRow(columns.map((column: FigureColumn) => excelValue(column.type, values[column.key])))
        .commit();
    },
    commit: () => sheet.commit(),
  };
}

/** The projects already written, in order: what the sheets after the first go through. */
interface Listed {
  ids: string[];
  codes: string[];
  titles: string[];
  budgets: number[];
}

function* chunks(listed: Listed): Generator<{ from: number; ids: string[] }> {
  for (let from = 0; from < listed.ids.length; from += EXPORT_BATCH_SIZE) {
    yield { from, ids: listed.ids.slice(from, from + EXPORT_BATCH_SIZE) };
  }
}

const amountOf = (budgetCents: number, hundredths: number) => Math.round((budgetCents * hundredths) / 10_000);
const dateOf = (instant: Date | null) => (instant ? dayOf(instant) : null);

export async function writeProjectsWorkbook(
  input: ProjectExportInput,
  out: Writable,
): Promise<{ projects: number }> {
  const { db, where, language, today } = input;
  const reference = await loadExportReference(db);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "PRIMA";
  const used = new Set<string>();
  const listed: Listed = { ids: [], codes: [], titles: [], budgets: [] };

  const projectSheet = addSheet(workbook, "projects", language, used);
  for await (const batch of projectBatches(db, where)) {
    for (const project of batch) {
      projectSheet.add(projectCells(project, reference, language));
      listed.ids.push(project.id);
      listed.codes.push(project.code);
      listed.titles.push(project.title);
      listed.budgets.push(project.approvedBudgetCents ?? project.requestedBudgetCents);
    }
    await waitForDrain(out);
  }
  projectSheet.commit();

  await writeShares(db, workbook, "areas", listed, reference, language, used, out);
  await writeShares(db, workbook, "activities", listed, reference, language, used, out);
  await writeBeneficiaries(db, workbook, listed, reference, language, used, out);
  await writeReports(db, workbook, listed, language, today, used, out);
  await workbook.commit();
  return { projects: listed.ids.length };
}

async function writeShares(
  db: DbOrTx,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  id: "areas" | "activities",
  listed: Listed,
  reference: ExportReference,
  language: FigureLanguage,
  used: Set<string>,
  out: Writable,
) {
  const sheet = addSheet(workbook, id, language, used);
  const names = id === "areas" ? reference.areas : reference.activities;
  const nameKey = id === "areas" ? "area" : "activity";
  for (const { from, ids } of chunks(listed)) {
    const shares = id === "areas" ? await areaSharesOf(db, ids) : await activitySharesOf(db, ids);
    ids.forEach((projectId, i) => {
      for (const share of shares.get(projectId) ?? []) {
        sheet.add({
          code: listed.codes[from + i] ?? null,
          title: listed.titles[from + i] ?? null,
          [nameKey]: nameIn(names.get(share.code), language, share.code),
          share: share.hundredths / 100,
          amount: amountOf(listed.budgets[from + i] ?? 0, share.hundredths),
        });
      }
    });
    await waitForDrain(out);
  }
  sheet.commit();
}

async function writeBeneficiaries(
  db: DbOrTx,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  listed: Listed,
  reference: ExportReference,
  language: FigureLanguage,
  used: Set<string>,
  out: Writable,
) {
  const sheet = addSheet(workbook, "beneficiaries", language, used);
  for (const { from, ids } of chunks(listed)) {
    const [targets, reportsByProject] = await Promise.all([
      beneficiaryTargetsOf(db, ids),
      reportsOf(db, ids),
    ]);
    // Reached: the project's current report, as on its page (the latest accepted narrative).
    const current = new Map<string, string>();
    for (const [projectId, list] of reportsByProject) {
      const report = currentReport(list.filter((r) => r.kind === "narrative"));
      if (report) current.set(projectId, report.id);
    }
    const reached = await beneficiariesReachedIn(db, [...current.values()]);
    ids.forEach((projectId, i) => {
      const reportId = current.get(projectId);
      const progress = beneficiariesProgress(
        targets.get(projectId) ?? [],
        reportId ? (reached.get(reportId) ?? []) : [],
      );
      for (const row of progress.rows) {
        sheet.add({
          code: listed.codes[from + i] ?? null,
          title: listed.titles[from + i] ?? null,
          beneficiaryType: nameIn(reference.beneficiaryTypes.get(row.type), language, row.type),
          targeted: row.targeted,
          reached: row.reached,
          percentReached: row.percentReached,
        });
      }
    });
    await waitForDrain(out);
  }
  sheet.commit();
}

async function writeReports(
  db: DbOrTx,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  listed: Listed,
  language: FigureLanguage,
  today: IsoDate,
  used: Set<string>,
  out: Writable,
) {
  const sheet = addSheet(workbook, "reports", language, used);
  for (const { from, ids } of chunks(listed)) {
    const reportsByProject = await reportsOf(db, ids);
    ids.forEach((projectId, i) => {
      for (const report of reportsByProject.get(projectId) ?? []) {
        sheet.add({
          code: listed.codes[from + i] ?? null,
          title: listed.titles[from + i] ?? null,
          kind: projectExportValue("kind", report.kind, language),
          stage: projectExportValue("stage", report.stage, language),
          sequence: report.sequence,
          periodStart: report.periodStart,
          periodEnd: report.periodEnd,
          dueDate: report.dueDate,
          state: projectExportValue("state", reportState(report, today), language),
          submittedAt: dateOf(report.submittedAt),
          decidedAt: dateOf(report.decidedAt),
        });
      }
    });
    await waitForDrain(out);
  }
  sheet.commit();
}

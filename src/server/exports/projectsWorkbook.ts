/**
 * The Excel workbook of a filtered project list, streamed: each sheet is written row by row as
 * the database is read in batches, and committed before the next begins (the zip holds one open
 * entry at a time, so a later sheet written early would wait in memory). 100,000 projects take
 * a bounded amount of memory whatever the size of the portfolio.
 */
import type { Writable } from "node:stream";
import type { SQL } from "drizzle-orm";
import { shareAmounts, sharedBudgetCents } from "../../domain/allocation";
import { dayOf, type IsoDate } from "../../domain/calendar";
import type { FigureLanguage } from "../../domain/figureLabels";
import type { FigureValue } from "../../domain/figures";
import { beneficiariesProgress, currentReport } from "../../domain/progress";
import { PROJECT_SHEET_COLUMNS, type ProjectSheetId } from "../../domain/projectExport";
import { reportState } from "../../domain/reportSchedule";
import { PROJECT_SHEET_NAMES, projectExportHeading, projectExportValue } from "../../web/i18n/figureTexts";
import type { DbOrTx } from "../db/client";
import { type BudgetFacts, writeBudgetYearsSheet } from "./budgetYearsSheet";
import { columnWidth, uniqueSheetName } from "./cells";
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
  withPrefetch,
} from "./projectRows";
import { type SheetRows, type SheetSpec, XlsxStream } from "./xlsxStream";

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

function sheetSpec(id: ProjectSheetId, language: FigureLanguage, used: Set<string>): SheetSpec {
  const columns = PROJECT_SHEET_COLUMNS[id];
  const headings = columns.map((column) => projectExportHeading(column.key, language));
  return {
    name: uniqueSheetName(PROJECT_SHEET_NAMES[id][language], used),
    columns,
    headings,
    widths: columns.map((column, i) => WIDTHS[column.key] ?? columnWidth(column.type, headings[i] ?? "")),
  };
}

/** The row of a sheet from values by column key. */
function rowOf(id: ProjectSheetId, values: Record<string, FigureValue>): FigureValue[] {
  return PROJECT_SHEET_COLUMNS[id].map((column) => values[column.key] ?? null);
}

/** The projects already written, in order: what the sheets after the first go through. */
interface Listed {
  ids: string[];
  codes: string[];
  budgets: number[];
  budgetFacts: BudgetFacts[];
}

function* chunks(listed: Listed): Generator<{ from: number; ids: string[] }> {
  for (let from = 0; from < listed.ids.length; from += EXPORT_BATCH_SIZE) {
    yield { from, ids: listed.ids.slice(from, from + EXPORT_BATCH_SIZE) };
  }
}

const dateOf = (instant: Date | null) => (instant ? dayOf(instant) : null);

export async function writeProjectsWorkbook(
  input: ProjectExportInput,
  out: Writable,
): Promise<{ projects: number }> {
  const { db, where, language, today } = input;
  const reference = await loadExportReference(db);
  const xlsx = new XlsxStream(out);
  const used = new Set<string>();
  const listed: Listed = { ids: [], codes: [], budgets: [], budgetFacts: [] };

  await xlsx.sheet(sheetSpec("projects", language, used), async (rows) => {
    for await (const batch of projectBatches(db, where)) {
      for (const project of batch) {
        rows.add(rowOf("projects", projectCells(project, reference, language)));
        listed.ids.push(project.id);
        listed.codes.push(project.code);
        listed.budgets.push(sharedBudgetCents(project));
        const { id, code, requestedBudgetCents, approvedBudgetCents, plannedStart, plannedEnd } = project;
        listed.budgetFacts.push({
          id,
          code,
          requestedBudgetCents,
          approvedBudgetCents,
          plannedStart,
          plannedEnd,
        });
      }
      await rows.ready();
    }
  });
  for (const id of ["areas", "activities"] as const) {
    await xlsx.sheet(sheetSpec(id, language, used), (rows) =>
      writeShares(db, rows, id, listed, reference, language),
    );
  }
  await xlsx.sheet(sheetSpec("beneficiaries", language, used), (rows) =>
    writeBeneficiaries(db, rows, listed, reference, language),
  );
  await xlsx.sheet(sheetSpec("reports", language, used), (rows) =>
    writeReports(db, rows, listed, language, today),
  );
  await xlsx.sheet(sheetSpec("budgetYears", language, used), (rows) =>
    writeBudgetYearsSheet(db, rows, listed.budgetFacts, (values) => rowOf("budgetYears", values)),
  );
  await xlsx.finish();
  return { projects: listed.ids.length };
}

async function writeShares(
  db: DbOrTx,
  rows: SheetRows,
  id: "areas" | "activities",
  listed: Listed,
  reference: ExportReference,
  language: FigureLanguage,
) {
  const names = id === "areas" ? reference.areas : reference.activities;
  const nameKey = id === "areas" ? "area" : "activity";
  const load = (ids: string[]) => (id === "areas" ? areaSharesOf(db, ids) : activitySharesOf(db, ids));
  for await (const [{ from, ids }, shares] of withPrefetch(chunks(listed), (chunk) => load(chunk.ids))) {
    for (let i = 0; i < ids.length; i++) {
      const list = shares.get(ids[i] ?? "") ?? [];
      // Split as on the project's page: the same cents for each share (domain shareAmounts).
      const amounts = shareAmounts(listed.budgets[from + i] ?? 0, list);
      list.forEach((share, s) => {
        rows.add(
          rowOf(id, {
            code: listed.codes[from + i] ?? null,
            [nameKey]: nameIn(names.get(share.code), language, share.code),
            share: share.hundredths / 100,
            amount: amounts[s] ?? 0,
          }),
        );
      });
    }
    await rows.ready();
  }
}

async function writeBeneficiaries(
  db: DbOrTx,
  rows: SheetRows,
  listed: Listed,
  reference: ExportReference,
  language: FigureLanguage,
) {
  const load = async (ids: string[]) => {
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
    return { targets, current, reached: await beneficiariesReachedIn(db, [...current.values()]) };
  };
  const loaded = withPrefetch(chunks(listed), (chunk) => load(chunk.ids));
  for await (const [{ from, ids }, { targets, current, reached }] of loaded) {
    for (let i = 0; i < ids.length; i++) {
      const projectId = ids[i] ?? "";
      const reportId = current.get(projectId);
      const progress = beneficiariesProgress(
        targets.get(projectId) ?? [],
        reportId ? (reached.get(reportId) ?? []) : [],
      );
      for (const row of progress.rows) {
        rows.add(
          rowOf("beneficiaries", {
            code: listed.codes[from + i] ?? null,
            beneficiaryType: nameIn(reference.beneficiaryTypes.get(row.type), language, row.type),
            targeted: row.targeted,
            reached: row.reached,
            percentReached: row.percentReached,
          }),
        );
      }
    }
    await rows.ready();
  }
}

async function writeReports(
  db: DbOrTx,
  rows: SheetRows,
  listed: Listed,
  language: FigureLanguage,
  today: IsoDate,
) {
  const loaded = withPrefetch(chunks(listed), (chunk) => reportsOf(db, chunk.ids));
  for await (const [{ from, ids }, reportsByProject] of loaded) {
    for (let i = 0; i < ids.length; i++) {
      for (const report of reportsByProject.get(ids[i] ?? "") ?? []) {
        rows.add(
          rowOf("reports", {
            code: listed.codes[from + i] ?? null,
            kind: projectExportValue("kind", report.kind, language),
            stage: projectExportValue("stage", report.stage, language),
            sequence: report.sequence,
            periodStart: report.periodStart,
            periodEnd: report.periodEnd,
            dueDate: report.dueDate,
            state: projectExportValue("state", reportState(report, today), language),
            submittedAt: dateOf(report.submittedAt),
            decidedAt: dateOf(report.decidedAt),
          }),
        );
      }
    }
    await rows.ready();
  }
}

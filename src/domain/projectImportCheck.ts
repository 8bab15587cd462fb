/**
 * The whole check of a portfolio import (see projectImport.ts): the Projects sheet, then the sheets
 * that name its projects by code — shares per area of work and per activity type, beneficiaries,
 * budget by year.
 */
import { checkSplit, yearPeriods } from "./annualSplit";
import type { IsoDate } from "./calendar";
import { type CellValue, cellText, isBlank, type Read, readDate, readMoney, readShare } from "./importCells";
import { formatMoney } from "./money";
import {
  IMPORT_SHEET_IDS,
  type ImportCheck,
  type ImportedProject,
  type ImportedShare,
  type ImportReference,
  type ImportSheet,
  type ImportSheetId,
  type ImportVocabulary,
  lookupCode,
  type NamedCode,
  type Place,
  ProblemList,
  type ReadSheet,
  readSheet,
} from "./projectImport";
import { projectRows } from "./projectImportRows";
import { FULL_SHARE } from "./shares";

export function checkProjectImport(
  sheets: readonly ImportSheet[],
  reference: ImportReference,
  vocabulary: ImportVocabulary,
): ImportCheck {
  const problems = new ProblemList();
  const read = (id: ImportSheetId) => readSheet(sheets, id, vocabulary, problems);
  const [projectsSheet, areasSheet, activitiesSheet, beneficiariesSheet, yearsSheet] =
    IMPORT_SHEET_IDS.map(read);
  if (!projectsSheet) return { problems: problems.items, projects: [] };
  const { projects, listed } = projectRows(projectsSheet, reference, vocabulary, problems);
  const projectsOf = new ProjectsByCode(projects, listed, problems);
  if (areasSheet) shareRows(areasSheet, "area", reference.areas, projectsOf, (p) => p.areaShares);
  if (activitiesSheet)
    shareRows(activitiesSheet, "activity", reference.activities, projectsOf, (p) => p.activityShares);
  if (beneficiariesSheet) beneficiaryRows(beneficiariesSheet, reference, projectsOf);
  if (yearsSheet) budgetYearRows(yearsSheet, projectsOf);
  return problems.items.length > 0 ? { problems: problems.items, projects: [] } : { problems: [], projects };
}

type Row = ReadSheet["rows"][number];

/** The project a row of a later sheet names by code, and the problems of that sheet. */
class ProjectsByCode {
  private readonly byCode: Map<string, ImportedProject>;

  constructor(
    projects: ImportedProject[],
    private readonly listed: Set<string>,
    readonly problems: ProblemList,
  ) {
    this.byCode = new Map(projects.map((p) => [p.code, p]));
  }

  /** Undefined after adding the problem; also, silently, for a listed project with problems. */
  of(sheet: ReadSheet, row: Row): ImportedProject | undefined {
    const cell = row.cell("code");
    const place = placeOf(sheet, row, "code");
    if (isBlank(cell)) {
      this.problems.add(place, cell, "required");
      return undefined;
    }
    const code = cellText(cell);
    const project = this.byCode.get(code);
    if (!project && !this.listed.has(code)) this.problems.add(place, cell, "importProjectNotListed");
    return project;
  }

  /** The code of a project listed on Projects whose own row has problems, else undefined. */
  listedWithProblems(row: Row): string | undefined {
    const code = cellText(row.cell("code"));
    return this.listed.has(code) && !this.byCode.has(code) ? code : undefined;
  }
}

const placeOf = (sheet: ReadSheet, row: Row, key: string): Place => ({
  sheet: sheet.name,
  row: row.number,
  column: sheet.heading(key),
});

/** A code of a reference list named in a cell, or undefined after adding the problem. */
function referenceCode(
  projects: ProjectsByCode,
  place: Place,
  cell: CellValue,
  list: readonly NamedCode[],
): string | undefined {
  if (isBlank(cell)) {
    projects.problems.add(place, cell, "required");
    return undefined;
  }
  const code = lookupCode(list, cellText(cell));
  if (!code) projects.problems.add(place, cell, "unknownCode");
  return code;
}

function shareRows(
  sheet: ReadSheet,
  key: "area" | "activity",
  list: readonly NamedCode[],
  projects: ProjectsByCode,
  sharesOf: (project: ImportedProject) => ImportedShare[],
) {
  const { problems } = projects;
  // The shares of projects whose Projects row has problems are still added up, so that one Check
  // lists every problem (the file is refused anyway; these shares are kept nowhere else).
  const sharesOfFaulty = new Map<string, ImportedShare[]>();
  const lastRow = new Map<string, { shares: ImportedShare[]; row: Row }>();
  for (const row of sheet.rows) {
    const project = projects.of(sheet, row);
    const faulty = project ? undefined : projects.listedWithProblems(row);
    const code = referenceCode(projects, placeOf(sheet, row, key), row.cell(key), list);
    const shareCell = row.cell("share");
    const hundredths = isBlank(shareCell)
      ? void problems.add(placeOf(sheet, row, "share"), shareCell, "required")
      : problems.take(placeOf(sheet, row, "share"), shareCell, readShare(shareCell));
    const owner = project?.code ?? faulty;
    if (owner === undefined || !code || hundredths === undefined) continue;
    let shares = project ? sharesOf(project) : sharesOfFaulty.get(owner);
    if (!shares) {
      shares = [];
      sharesOfFaulty.set(owner, shares);
    }
    if (shares.some((s) => s.code === code))
      problems.add(placeOf(sheet, row, key), row.cell(key), "duplicate");
    else shares.push({ code, hundredths });
    lastRow.set(owner, { shares, row });
  }
  // Said on the project's last row of the sheet, where its shares end.
  for (const { shares, row } of lastRow.values()) {
    const total = shares.reduce((sum, s) => sum + s.hundredths, 0);
    if (total !== FULL_SHARE)
      problems.add(placeOf(sheet, row, "share"), `${total / 100} %`, "percentSum", { total: total / 100 });
  }
}

function readTargeted(
  cell: CellValue,
): { value: number } | { error: "importNotNumber" | "too_small" | "too_big" } {
  const text = cellText(cell);
  const value = typeof cell === "number" ? cell : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) return { error: "importNotNumber" };
  if (value < 1) return { error: "too_small" };
  if (value > 100_000_000) return { error: "too_big" };
  return { value };
}

function beneficiaryRows(sheet: ReadSheet, reference: ImportReference, projects: ProjectsByCode) {
  const { problems } = projects;
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    const targetedCell = row.cell("targeted");
    // A type reached but never targeted is exported with 0 targeted: there is nothing to keep.
    if (cellText(targetedCell) === "0") continue;
    const project = projects.of(sheet, row);
    const typePlace = placeOf(sheet, row, "beneficiaryType");
    const type = referenceCode(projects, typePlace, row.cell("beneficiaryType"), reference.beneficiaryTypes);
    const number = isBlank(targetedCell)
      ? void problems.add(placeOf(sheet, row, "targeted"), targetedCell, "required")
      : problems.take(placeOf(sheet, row, "targeted"), targetedCell, readTargeted(targetedCell));
    if (!project || !type || number === undefined) continue;
    const key = `${project.code}\u0000${type}`;
    if (seen.has(key)) problems.add(typePlace, row.cell("beneficiaryType"), "duplicate");
    else project.beneficiaries.push({ type, number });
    seen.add(key);
  }
}

/** A year's amount: like any amount, except that a year may have nothing (0). */
function readYearAmount(cell: CellValue): Read<number> {
  return cell === 0 || cellText(cell) === "0" ? { value: 0 } : readMoney(cell);
}

interface YearRow {
  row: Row;
  start: IsoDate;
  requested: number;
  approved: number | null;
}

/**
 * The Budget by year sheet: each project's years must be the years of its planned dates (one row
 * each, by period start, in any order) and add up to its requested budget, and to its approved
 * budget when the approved column is filled. A project the sheet does not list keeps the split by
 * days, as a project created without a plan does.
 */
function budgetYearRows(sheet: ReadSheet, projects: ProjectsByCode) {
  const { problems } = projects;
  const byProject = new Map<ImportedProject, YearRow[]>();
  const failed = new Set<ImportedProject>();
  for (const row of sheet.rows) {
    const project = projects.of(sheet, row);
    const read = <T>(key: string, reader: (cell: CellValue) => Read<T>): T | undefined => {
      const cell = row.cell(key);
      if (isBlank(cell)) return void problems.add(placeOf(sheet, row, key), cell, "required");
      return problems.take(placeOf(sheet, row, key), cell, reader(cell));
    };
    const start = read("periodStart", readDate);
    const requested = read("requestedBudget", readYearAmount);
    const approvedCell = row.cell("approvedBudget");
    const approved = isBlank(approvedCell)
      ? null
      : problems.take(placeOf(sheet, row, "approvedBudget"), approvedCell, readYearAmount(approvedCell));
    if (!project) continue;
    if (start === undefined || requested === undefined || approved === undefined) {
      failed.add(project);
      continue;
    }
    byProject.set(project, [...(byProject.get(project) ?? []), { row, start, requested, approved }]);
  }
  for (const [project, rows] of byProject) {
    if (failed.has(project)) continue;
    // Said on the project's last row of the sheet, where its years end.
    const last = (rows[rows.length - 1] as YearRow).row;
    const periods = yearPeriods(project.plannedStart, project.plannedEnd);
    const sorted = [...rows].sort((a, b) => a.start.localeCompare(b.start));
    if (sorted.length !== periods.length || sorted.some((y, i) => y.start !== periods[i]?.start)) {
      problems.add(
        placeOf(sheet, last, "periodStart"),
        rows.map((y) => y.start).join(", "),
        "budgetYearsCount",
        {
          years: periods.length,
        },
      );
      continue;
    }
    const sumProblem = (cents: number[], total: number, key: string) => {
      if (checkSplit(cents, total, periods.length) === null) return false;
      const sum = cents.reduce((a, c) => a + c, 0);
      problems.add(placeOf(sheet, last, key), formatMoney(sum), "budgetYearsSum", {
        sum: formatMoney(sum),
        total: formatMoney(total),
      });
      return true;
    };
    const requested = sorted.map((y) => y.requested);
    if (sumProblem(requested, project.requestedBudgetCents, "requestedBudget")) continue;
    const approvedCells = sorted.map((y) => y.approved);
    const approved = approvedCells.every((c): c is number => c !== null) ? approvedCells : null;
    // Approved years count once the project has an approved budget to add up to; before, or with
    // a year left blank, the approval's split follows the requested one (domain/budgetByYear.ts).
    if (approved && project.approvedBudgetCents !== null) {
      if (sumProblem(approved, project.approvedBudgetCents, "approvedBudget")) continue;
      project.budgetYears = { requested, approved };
    } else project.budgetYears = { requested, approved: null };
  }
}

/**
 * Bringing an existing portfolio in from a workbook: the sheets and columns of the Excel export
 * (Projects, Areas of work, Activity types, Beneficiaries, Budget by year; headings in English,
 * French or Spanish),
 * so that an export is a valid import file. `checkProjectImport` reads every row once and returns
 * either the projects to write or every problem found, each with its sheet, row (as Excel numbers
 * it), column heading and value: a fund manager fixes the file once, not once per problem.
 *
 * What an import keeps: each project's code, status, dates, amounts, shares and beneficiaries
 * exactly as the file says. A status past draft is taken as a fact of the past, not replayed: the
 * approved amount, actual dates and fund line are those of the file, and the approved amount is
 * required once a project is approved, active or closed (the dashboards count it). The export's
 * derived columns (share amounts, beneficiaries reached and their percentage) are not read: they
 * follow from the budget and from accepted reports, which an import does not create.
 */
import { z } from "zod";
import type { IsoDate } from "./calendar";
import type { ErrorCode } from "./errorCodes";
import { type CellValue, cellText, isBlank, normalName, type Read } from "./importCells";
import type { ProjectStatus } from "./lifecycle";
import type { ProjectType } from "./project";

export const IMPORT_SHEET_IDS = ["projects", "areas", "activities", "beneficiaries", "budgetYears"] as const;
export type ImportSheetId = (typeof IMPORT_SHEET_IDS)[number];

/** Columns read from each sheet; the others (amounts, reached) are derived and skipped. */
export const IMPORT_COLUMNS: Record<ImportSheetId, { required: string[]; optional: string[] }> = {
  projects: {
    required: [
      "code",
      "title",
      "status",
      "type",
      "countries",
      "fundingYear",
      "fundLine",
      "requestedBudget",
      "plannedStart",
      "plannedEnd",
      "pm",
    ],
    optional: ["region", "approvedBudget", "actualStart", "actualEnd", "altPm", "genderMarker", "followUpOf"],
  },
  areas: { required: ["code", "area", "share"], optional: [] },
  activities: { required: ["code", "activity", "share"], optional: [] },
  beneficiaries: { required: ["code", "beneficiaryType", "targeted"], optional: [] },
  /** One row per year of the project (domain/annualSplit.ts yearPeriods); the period's end is derived. */
  budgetYears: { required: ["code", "periodStart", "requestedBudget"], optional: ["approvedBudget"] },
};

/** A sheet as read from the file: its name and its non-empty rows with Excel's row numbers. */
export interface ImportSheet {
  name: string;
  rows: { number: number; cells: CellValue[] }[];
}

/** The words the file may use, in every language: sheet names, headings, statuses and types. */
export interface ImportVocabulary {
  sheets: Record<ImportSheetId, readonly string[]>;
  headings: Record<string, readonly string[]>;
  statuses: Record<ProjectStatus, readonly string[]>;
  types: Record<ProjectType, readonly string[]>;
}

export interface NamedCode {
  code: string;
  names: readonly string[];
}

export interface ImportPerson {
  id: string;
  email: string;
  name: string;
  role: string;
}

/** What the database holds that the file's values must match. */
export interface ImportReference {
  regions: readonly NamedCode[];
  fundLines: readonly NamedCode[];
  areas: readonly NamedCode[];
  activities: readonly NamedCode[];
  beneficiaryTypes: readonly NamedCode[];
  genderMarkers: readonly NamedCode[];
  /** ISO 3166 alpha-3 → the country's region. */
  countries: ReadonlyMap<string, string | null>;
  fundingYears: ReadonlySet<number>;
  people: readonly ImportPerson[];
  /** Codes of the projects already stored. */
  existingCodes: ReadonlySet<string>;
}

export const importProblem = z.object({
  sheet: z.string(),
  row: z.number().int().nullable().describe("The row as Excel numbers it; null for the whole sheet"),
  column: z.string().nullable().describe("The column's heading as in the file"),
  value: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportProblem = z.infer<typeof importProblem>;

/** What POST /api/projects/import answers: the problems, or how many projects are ready or written. */
export const projectImportResult = z.object({
  dryRun: z.boolean(),
  imported: z.boolean().describe("True when the projects were written (never on a dry run)"),
  projects: z.number().int().describe("Projects ready to import (dry run) or imported"),
  problems: z.array(importProblem),
});
export type ProjectImportResultBody = z.infer<typeof projectImportResult>;

/** The upload's fields, sent before the file. */
export const projectImportFields = z.object({
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .describe("true: check the file and write nothing"),
});

export interface ImportedShare {
  code: string;
  hundredths: number;
}

export interface ImportedProject {
  code: string;
  title: string;
  status: ProjectStatus;
  type: ProjectType;
  regionCode: string | null;
  countries: string[];
  fundingYear: number;
  fundLine: string;
  requestedBudgetCents: number;
  approvedBudgetCents: number | null;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  pmId: string;
  altPmId: string | null;
  genderMarker: string | null;
  followUpOf: string | null;
  areaShares: ImportedShare[];
  activityShares: ImportedShare[];
  beneficiaries: { type: string; number: number }[];
  /**
   * The budget per year of the project as the Budget by year sheet gives it, in cents: requested,
   * and approved when the sheet has that column filled; null when the sheet lists no year for it
   * (the split by days).
   */
  budgetYears: { requested: number[]; approved: number[] | null } | null;
}

export interface ImportCheck {
  problems: ImportProblem[];
  /** Empty whenever there is a problem: an import is all or nothing. */
  projects: ImportedProject[];
}

export const IMPORT_MESSAGES: Partial<Record<ErrorCode, (value: string) => string>> = {
  required: () => "This cell is required",
  importSheetMissing: () => "The workbook has no sheet of this name",
  importColumnMissing: () => "The sheet has no column with this heading",
  importNotNumber: (v) => `Not a number: ${v}`,
  importNotDate: (v) => `Not a date (use a date cell or YYYY-MM-DD): ${v}`,
  importUnknownValue: (v) => `Not one of the values this column takes: ${v}`,
  importUnknownPerson: (v) => `No user has this e-mail or name: ${v}`,
  importAmbiguousPerson: (v) => `Several users have this name; use the e-mail: ${v}`,
  importCodeExists: (v) => `A project with this code already exists: ${v}`,
  importProjectNotListed: (v) => `No project with this code on the Projects sheet: ${v}`,
  importApprovedMissing: () => "An approved, active or closed project needs its approved amount",
  unknownCode: (v) => `Not in the reference list: ${v}`,
  unknownCountry: (v) => `Unknown country: ${v}`,
  unknownFundingYear: (v) => `Not a funding year of the fund: ${v}`,
  unknownProject: (v) => `No project with this code in the file or in PRIMA: ${v}`,
  duplicate: (v) => `Listed twice: ${v}`,
  money: (v) => `Not an amount with at most two decimals (cents): ${v}`,
  moneyPositive: () => "The amount must be greater than zero",
  moneyTooLarge: () => "The amount is above USD 1,000,000,000",
  percent: (v) => `Not a share above 0 and up to 100 % with at most two decimals: ${v}`,
  percentSum: () => "The shares of this project do not add up to 100 %",
  too_small: (v) => `Too small: ${v}`,
  too_big: (v) => `Too large or too long: ${v}`,
  endBeforeStart: () => "The planned end must be after the planned start",
  nationalOneCountry: () => "A national project has exactly one country",
  regionalCountries: () => "A regional project covers at least two countries",
  regionMismatch: () => "The region must be the region of one of the project's countries",
  regionRequired: () => "The countries lie in several regions: name the one that leads the project",
  notAManager: () => "This user is not a project manager",
  altPmSame: () => "The alternate PM must be another person",
  followUpCycle: () => "That project already follows up this one, directly or through others",
  budgetYearsCount: () => "The years listed are not the years of the project's planned dates",
  budgetYearsSum: () => "The years do not add up to the project's budget",
};

/** Where a problem is: the sheet, the row and the column as the file names them. */
export interface Place {
  sheet: string;
  row: number | null;
  column: string | null;
}

export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(
    place: Place,
    cell: CellValue | string | null,
    code: ErrorCode,
    params?: Record<string, string | number>,
  ) {
    const value = cell === null ? null : typeof cell === "string" ? cell : cellText(cell);
    const message = IMPORT_MESSAGES[code]?.(value ?? "") ?? code;
    this.items.push({ ...place, value: value || null, code, message, ...(params ? { params } : {}) });
  }

  /** The value read, or undefined after adding the reader's problem. */
  take<T>(place: Place, cell: CellValue, read: Read<T>): T | undefined {
    if ("value" in read) return read.value;
    this.add(place, cell, read.error);
    return undefined;
  }
}

/** One sheet's rows with each column key's cell and heading. */
export interface ReadSheet {
  name: string;
  heading: (key: string) => string;
  rows: { number: number; cell: (key: string) => CellValue }[];
}

/** Finds a sheet by its name in any language and its columns by their headings. */
export function readSheet(
  sheets: readonly ImportSheet[],
  id: ImportSheetId,
  vocabulary: ImportVocabulary,
  problems: ProblemList,
): ReadSheet | null {
  const names = new Set(vocabulary.sheets[id].map(normalName));
  const sheet = sheets.find((s) => names.has(normalName(s.name)));
  const englishName = vocabulary.sheets[id][0] ?? id;
  if (!sheet) {
    // Only the Projects sheet is needed: a portfolio without shares or beneficiaries yet is one.
    if (id === "projects")
      problems.add({ sheet: englishName, row: null, column: null }, null, "importSheetMissing");
    return null;
  }
  const [head, ...body] = sheet.rows;
  const headings = (head?.cells ?? []).map((cell) => normalName(cellText(cell)));
  const { required, optional } = IMPORT_COLUMNS[id];
  const index = new Map<string, number>();
  const shown = new Map<string, string>();
  let complete = true;
  for (const key of [...required, ...optional]) {
    const words = (vocabulary.headings[key] ?? [key]).map(normalName);
    const at = headings.findIndex((heading) => words.includes(heading));
    shown.set(key, at >= 0 ? cellText(head?.cells[at] ?? null) : (vocabulary.headings[key]?.[0] ?? key));
    if (at >= 0) index.set(key, at);
    else if (required.includes(key)) {
      problems.add(
        { sheet: sheet.name, row: head?.number ?? 1, column: shown.get(key) ?? key },
        null,
        "importColumnMissing",
      );
      complete = false;
    }
  }
  if (!complete) return null;
  return {
    name: sheet.name,
    heading: (key) => shown.get(key) ?? key,
    rows: body
      .filter((row) => row.cells.some((cell) => !isBlank(cell)))
      .map((row) => ({
        number: row.number,
        cell: (key) => {
          const at = index.get(key);
          return at === undefined ? null : (row.cells[at] ?? null);
        },
      })),
  };
}

/** Looks a value up by code or by its name in any language. */
export function lookupCode(list: readonly NamedCode[], text: string): string | undefined {
  const wanted = normalName(text);
  return list.find(
    (item) => normalName(item.code) === wanted || item.names.some((n) => normalName(n) === wanted),
  )?.code;
}

export function lookupValue<T extends string>(
  values: readonly T[],
  labels: Record<T, readonly string[]>,
  text: string,
): T | undefined {
  const wanted = normalName(text);
  return values.find((v) => v === wanted || labels[v].some((label) => normalName(label) === wanted));
}

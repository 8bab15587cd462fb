/**
 * The project-list export: its query (the list's filters plus a format and a language), and the
 * sheets of its workbook with their columns. Their names and headings in English, French and
 * Spanish are in the locale files (src/web/i18n/figures.*.json, read by figureTexts.ts).
 */
import { z } from "zod";
import type { FigureColumn } from "./figures";
import { projectListQuery } from "./project";

export const PROJECT_EXPORT_FORMATS = ["xlsx", "csv", "iati"] as const;
export type ProjectExportFormat = (typeof PROJECT_EXPORT_FORMATS)[number];
export const EXPORT_LANGUAGES = ["en", "fr", "es"] as const;

/** Exactly the list's filters (not its page or sort: an export is every match, by project code). */
export const projectExportQuery = projectListQuery
  .omit({ page: true, pageSize: true, sort: true, order: true })
  .extend({
    format: z.enum(PROJECT_EXPORT_FORMATS),
    /** Headings' language; without it, the request's Accept-Language, else English. */
    lang: z.enum(EXPORT_LANGUAGES).optional(),
  });
export type ProjectExportQuery = z.output<typeof projectExportQuery>;

export const PROJECT_SHEET_IDS = [
  "projects",
  "areas",
  "activities",
  "beneficiaries",
  "reports",
  "budgetYears",
] as const;
export type ProjectSheetId = (typeof PROJECT_SHEET_IDS)[number];

const code: FigureColumn = { key: "code", type: "text" };

/**
 * Columns of each sheet, in order. The other sheets name their project by code only (its title
 * is on the Projects sheet): at 100,000 projects, repeating titles would double the file.
 */
export const PROJECT_SHEET_COLUMNS: Record<ProjectSheetId, FigureColumn[]> = {
  projects: [
    code,
    { key: "title", type: "text" },
    { key: "status", type: "text" },
    { key: "type", type: "text" },
    { key: "region", type: "text" },
    { key: "countries", type: "text" },
    { key: "fundingYear", type: "integer" },
    { key: "fundLine", type: "text" },
    { key: "requestedBudget", type: "money" },
    { key: "approvedBudget", type: "money" },
    { key: "plannedStart", type: "date" },
    { key: "plannedEnd", type: "date" },
    { key: "actualStart", type: "date" },
    { key: "actualEnd", type: "date" },
    { key: "pm", type: "text" },
    { key: "altPm", type: "text" },
    { key: "genderMarker", type: "text" },
    { key: "followUpOf", type: "text" },
  ],
  areas: [
    code,
    { key: "area", type: "text" },
    { key: "share", type: "percent" },
    { key: "amount", type: "money" },
  ],
  activities: [
    code,
    { key: "activity", type: "text" },
    { key: "share", type: "percent" },
    { key: "amount", type: "money" },
  ],
  beneficiaries: [
    code,
    { key: "beneficiaryType", type: "text" },
    { key: "targeted", type: "integer" },
    { key: "reached", type: "integer" },
    { key: "percentReached", type: "percent" },
  ],
  reports: [
    code,
    { key: "kind", type: "text" },
    { key: "stage", type: "text" },
    { key: "sequence", type: "integer" },
    { key: "periodStart", type: "date" },
    { key: "periodEnd", type: "date" },
    { key: "dueDate", type: "date" },
    { key: "state", type: "text" },
    { key: "submittedAt", type: "date" },
    { key: "decidedAt", type: "date" },
  ],
  budgetYears: [
    code,
    { key: "periodStart", type: "date" },
    { key: "periodEnd", type: "date" },
    { key: "requestedBudget", type: "money" },
    { key: "approvedBudget", type: "money" },
  ],
};

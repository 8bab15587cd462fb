/**
 * Headings of figure tables and of the project export, their sheet names and the labels of
 * enumerated values, in English, French and Spanish, read from the locale files (figures.*.json):
 * one set of texts for the screen tables, the Excel and CSV files the server writes, and the web
 * app. Plain data and pure functions, so the server reads them as the web app does.
 *
 * Whoever adds a table adds its id under `figures.sheets` and any new column under
 * `figures.headings` (or `projectExport.headings`) of the three files; the locale test checks each
 * text exists in every language. Sheet names stay within Excel's 31 characters and avoid `[]:*?/\`.
 */

import type { ComparisonRowLabelKind } from "../../domain/appealComparison";
import { FIGURE_LANGUAGES, type FigureLanguage } from "../../domain/figureLabels";
import type { ProjectSheetId } from "../../domain/projectExport";
import { resources } from "./resources";

type Labels = Record<FigureLanguage, string>;
type Texts = (typeof resources)["en"]["translation"];

/** One entry per key with its text in each language, from a part of the locale files. */
function labelsOf(part: (texts: Texts) => Record<string, string>): Record<string, Labels> {
  const english = part(resources.en.translation);
  return Object.fromEntries(
    Object.keys(english).map((key) => [
      key,
      Object.fromEntries(
        FIGURE_LANGUAGES.map((language) => [language, part(resources[language].translation)[key] ?? ""]),
      ) as Labels,
    ]),
  );
}

function valueLabelsOf(
  part: (texts: Texts) => Record<string, Record<string, string>>,
): Record<string, Record<string, Labels>> {
  return Object.fromEntries(
    Object.keys(part(resources.en.translation)).map((key) => [
      key,
      labelsOf((texts) => part(texts)[key] ?? {}),
    ]),
  );
}

/** Column headings of figure tables, by column key. */
export const HEADINGS = labelsOf((texts) => texts.figures.headings);
/** Sheet names (and table titles), by table id. */
export const SHEETS = labelsOf((texts) => texts.figures.sheets);
/** Labels of enumerated values that are not reference data (reference names come from the database). */
export const VALUE_LABELS = valueLabelsOf((texts) => texts.figures.values);
/** What a row without a region (a global project) shows in the region column. */
export const NO_REGION = Object.fromEntries(
  FIGURE_LANGUAGES.map((language) => [language, resources[language].translation.figures.noRegion]),
) as Labels;

/** `fundingYear` → "Funding year": a key nobody has named yet still reads as words. */
function readable(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function figureHeading(key: string, language: FigureLanguage): string {
  return HEADINGS[key]?.[language] ?? readable(key);
}

/** The sheet name of a table: at most 31 characters, none of those Excel refuses. */
export function figureSheetName(tableId: string, language: FigureLanguage): string {
  const name = SHEETS[tableId]?.[language] ?? readable(tableId);
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/** The label of an enumerated value (status, review stage), or the value itself when it has none. */
export function figureValueLabel(key: string, value: string, language: FigureLanguage): string {
  return VALUE_LABELS[key]?.[value]?.[language] ?? value;
}

/** What an appeal comparison's rows without a code say: multi-regional, total, … */
export function comparisonRowLabel(kind: ComparisonRowLabelKind, language: FigureLanguage): string {
  return resources[language].translation.figures.comparisonRows[kind];
}

/** The project export's sheet names, headings and value labels. */
export const PROJECT_SHEET_NAMES = labelsOf((texts) => texts.projectExport.sheets) as Record<
  ProjectSheetId,
  Labels
>;
export const PROJECT_EXPORT_HEADINGS = labelsOf((texts) => texts.projectExport.headings);
/** Labels of the enumerated values the workbook writes (statuses come from `figureValueLabel`). */
export const PROJECT_EXPORT_VALUES = valueLabelsOf((texts) => texts.projectExport.values);

export function projectExportHeading(key: string, language: FigureLanguage): string {
  return PROJECT_EXPORT_HEADINGS[key]?.[language] ?? key;
}

export function projectExportValue(key: string, value: string, language: FigureLanguage): string {
  return PROJECT_EXPORT_VALUES[key]?.[value]?.[language] ?? value;
}

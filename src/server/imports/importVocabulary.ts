/**
 * The words a portfolio import recognises: the Excel export's sheet names, headings, statuses and
 * project types in English, French and Spanish (the locale files, through figureTexts), so that an
 * export in any of the three languages reads back.
 */
import { FIGURE_LANGUAGES } from "../../domain/figureLabels";
import { PROJECT_STATUSES, type ProjectStatus } from "../../domain/lifecycle";
import { PROJECT_TYPES, type ProjectType } from "../../domain/project";
import { IMPORT_SHEET_IDS, type ImportSheetId, type ImportVocabulary } from "../../domain/projectImport";
import {
  figureValueLabel,
  PROJECT_EXPORT_HEADINGS,
  PROJECT_SHEET_NAMES,
  projectExportValue,
} from "../../web/i18n/figureTexts";

/** English first: problems about a sheet or column missing from the file name it in English. */
const inEveryLanguage = (label: (language: (typeof FIGURE_LANGUAGES)[number]) => string) =>
  FIGURE_LANGUAGES.map(label);

export const IMPORT_VOCABULARY: ImportVocabulary = {
  sheets: Object.fromEntries(
    IMPORT_SHEET_IDS.map((id) => [id, inEveryLanguage((l) => PROJECT_SHEET_NAMES[id][l])]),
  ) as Record<ImportSheetId, string[]>,
  headings: Object.fromEntries(
    Object.entries(PROJECT_EXPORT_HEADINGS).map(([key, labels]) => [key, inEveryLanguage((l) => labels[l])]),
  ),
  statuses: Object.fromEntries(
    PROJECT_STATUSES.map((status) => [status, inEveryLanguage((l) => figureValueLabel("status", status, l))]),
  ) as Record<ProjectStatus, string[]>,
  types: Object.fromEntries(
    PROJECT_TYPES.map((type) => [type, inEveryLanguage((l) => projectExportValue("type", type, l))]),
  ) as Record<ProjectType, string[]>,
};

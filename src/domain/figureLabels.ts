/**
 * The languages of figure tables and exports. Their headings, sheet names and value labels are in
 * the locale files (src/web/i18n/figures.*.json), read through src/web/i18n/figureTexts.ts.
 */
export type FigureLanguage = "en" | "fr" | "es";
export const FIGURE_LANGUAGES: readonly FigureLanguage[] = ["en", "fr", "es"];

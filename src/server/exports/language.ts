/** The language of an export's headings: `?lang=`, else the browser's Accept-Language, else English. */
import type { FigureLanguage } from "../../domain/figureLabels";

const LANGUAGES: readonly FigureLanguage[] = ["en", "fr", "es"];

export function exportLanguage(
  lang: FigureLanguage | undefined,
  acceptLanguage: string | undefined,
): FigureLanguage {
  if (lang) return lang;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.map((entry) => entry.language).find((l) => LANGUAGES.includes(l as FigureLanguage)) ??
    "en") as FigureLanguage;
}

import { describe, expect, it } from "vitest";
import {
  FIGURE_LANGUAGES,
  figureHeading,
  figureSheetName,
  HEADINGS,
  SHEETS,
  VALUE_LABELS,
} from "./figureLabels";

describe("figure labels", () => {
  it("name every heading, sheet and value in English, French and Spanish", () => {
    const entries = [
      ...Object.entries(HEADINGS),
      ...Object.entries(SHEETS),
      ...Object.values(VALUE_LABELS).flatMap((values) => Object.entries(values)),
    ];
    for (const [key, labels] of entries) {
      for (const language of FIGURE_LANGUAGES)
        expect(labels[language]?.trim(), `${key} ${language}`).toBeTruthy();
    }
  });

  it("give sheet names Excel accepts: at most 31 characters, none of []:*?/\\", () => {
    for (const id of [...Object.keys(SHEETS), "a/very:long*table?id[with]everything\\Excel-refuses"]) {
      for (const language of FIGURE_LANGUAGES) {
        const name = figureSheetName(id, language);
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });

  it("read a key nobody has named yet as words", () => {
    expect(figureHeading("approvedBudget", "fr")).toBe("Budget approuvé (USD)");
    expect(figureHeading("someNewColumn", "es")).toBe("Some new column");
  });
});

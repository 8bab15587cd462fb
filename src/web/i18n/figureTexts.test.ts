import { describe, expect, it } from "vitest";
import { comparisonColumns, labelComparisonTable } from "../../domain/appealComparison";
import { FIGURE_LANGUAGES } from "../../domain/figureLabels";
import {
  comparisonRowLabel,
  figureHeading,
  figureSheetName,
  HEADINGS,
  SHEETS,
  VALUE_LABELS,
} from "./figureTexts";

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

describe("labelling a comparison", () => {
  const names = { region: { WCA: "Afrique de l'Ouest" }, country: { GHA: "Ghana" }, area: {} } as const;
  const table = {
    id: "appealByCountry",
    columns: comparisonColumns("country"),
    rows: [
      { row: "group", region: "WCA", country: "GHA", required: 1, funded: 0, coverage: 0, projects: 0 },
      {
        row: "regionalProgrammes",
        region: "WCA",
        country: null,
        required: 1,
        funded: 0,
        coverage: 0,
        projects: 0,
      },
      { row: "multiRegional", region: null, country: null, required: 1, funded: 0, coverage: 0, projects: 0 },
      { row: "total", region: null, country: null, required: 3, funded: 0, coverage: 0, projects: 0 },
    ],
  };
  it("names codes and the rows without one, in the chosen language", () => {
    const labelled = labelComparisonTable(
      table,
      (column, code) => (names[column] as Record<string, string>)[code] ?? code,
      (kind) => comparisonRowLabel(kind, "fr"),
    );
    expect(labelled.rows.map((r) => [r.region, r.country])).toEqual([
      ["Afrique de l'Ouest", "Ghana"],
      ["Afrique de l'Ouest", "Programmes régionaux"],
      ["Multirégional", "Multirégional"],
      ["Total", null],
    ]);
  });
});

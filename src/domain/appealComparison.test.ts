import { describe, expect, it } from "vitest";
import { comparisonColumns, coveragePercent, labelComparisonTable } from "./appealComparison";

describe("coverage", () => {
  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [1_440_890_00, 1_946_969_000_00, 0.07],
    [300, 200, 150],
    [5, 0, null],
  ])("funded %i of required %i is %s %", (funded, required, expected) => {
    expect(coveragePercent(funded, required)).toBe(expected);
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
      "fr",
    );
    expect(labelled.rows.map((r) => [r.region, r.country])).toEqual([
      ["Afrique de l'Ouest", "Ghana"],
      ["Afrique de l'Ouest", "Programmes régionaux"],
      ["Multirégional", "Multirégional"],
      ["Total", null],
    ]);
  });
});

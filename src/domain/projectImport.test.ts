import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMPORT_VOCABULARY } from "../server/imports/importVocabulary";
import type { CellValue } from "./importCells";
import type { ImportReference, ImportSheet } from "./projectImport";
import { checkProjectImport } from "./projectImportCheck";

const PM = {
  id: "00000000-0000-4000-8000-000000000001",
  email: "ama@example.org",
  name: "Ama Mensah",
  role: "pm",
};
const REFERENCE: ImportReference = {
  regions: [
    {
      code: "WCA",
      names: ["West and Central Africa", "Afrique de l'Ouest et du Centre", "África Occidental"],
    },
  ],
  fundLines: [{ code: "L2", names: ["Line 2", "Ligne 2", "Línea 2"] }],
  areas: [
    { code: "LHD", names: ["Labour mobility", "Mobilité", "Movilidad"] },
    { code: "MH", names: ["Migration health", "Santé", "Salud"] },
  ],
  activities: [{ code: "TRN", names: ["Training", "Formation", "Formación"] }],
  beneficiaryTypes: [{ code: "MIG", names: ["Migrants", "Migrants", "Migrantes"] }],
  genderMarkers: [{ code: "1", names: ["Some", "Un peu", "Algo"] }],
  countries: new Map([
    ["GHA", "WCA"],
    ["SEN", "WCA"],
  ]),
  fundingYears: new Set([2025, 2026]),
  people: [
    PM,
    { id: "00000000-0000-4000-8000-000000000002", email: "kofi@example.org", name: "Kofi", role: "pm" },
    {
      id: "00000000-0000-4000-8000-000000000003",
      email: "fund@example.org",
      name: "Fund",
      role: "fund_manager",
    },
  ],
  existingCodes: new Set(["OLD-1"]),
};

const PROJECT_HEADINGS = [
  "Code",
  "Title",
  "Status",
  "Type",
  "Countries (ISO)",
  "Funding year",
  "Fund line",
  "Requested (USD)",
  "Approved (USD)",
  "Planned start",
  "Planned end",
  "Project manager",
];
const GOOD_PROJECT: CellValue[] = [
  "GH-1",
  "Labour migration in Ghana",
  "Active",
  "National",
  "GHA",
  2026,
  "Line 2",
  150000.5,
  140000,
  new Date(Date.UTC(2026, 0, 1)),
  "2027-06-30",
  "ama@example.org",
];

function workbook(projectRows: CellValue[][], areas: CellValue[][] = [["GH-1", "LHD", 1]]): ImportSheet[] {
  const sheet = (name: string, rows: CellValue[][]): ImportSheet => ({
    name,
    rows: rows.map((cells, i) => ({ number: i + 1, cells })),
  });
  return [
    sheet("Projects", [PROJECT_HEADINGS, ...projectRows]),
    sheet("Areas of work", [["Code", "Area of work", "Share", "Amount (USD)"], ...areas]),
    sheet("Activity types", [["Code", "Activity type", "Share"]]),
    sheet("Beneficiaries", [
      ["Code", "Beneficiary type", "Targeted"],
      ["GH-1", "Migrants", 300],
    ]),
  ];
}

const check = (sheets: ImportSheet[]) => checkProjectImport(sheets, REFERENCE, IMPORT_VOCABULARY);
const withCell = (column: string, value: CellValue) =>
  GOOD_PROJECT.map((cell, i) => (PROJECT_HEADINGS[i] === column ? value : cell));

describe("checking a portfolio workbook", () => {
  it("reads a good row into a project, names and labels turned into codes", () => {
    const result = check(workbook([GOOD_PROJECT]));
    expect(result.problems).toEqual([]);
    expect(result.projects).toEqual([
      expect.objectContaining({
        code: "GH-1",
        status: "active",
        type: "national",
        regionCode: "WCA",
        fundLine: "L2",
        requestedBudgetCents: 15_000_050,
        approvedBudgetCents: 14_000_000,
        plannedStart: "2026-01-01",
        plannedEnd: "2027-06-30",
        pmId: PM.id,
        areaShares: [{ code: "LHD", hundredths: 10_000 }],
        beneficiaries: [{ type: "MIG", number: 300 }],
      }),
    ]);
  });

  it.each([
    ["an unknown country", "Countries (ISO)", "XXX", "unknownCountry"],
    ["an unknown fund line", "Fund line", "Line 9", "unknownCode"],
    ["a PM e-mail that matches no user", "Project manager", "nobody@example.org", "importUnknownPerson"],
    ["a PM who is no project manager", "Project manager", "fund@example.org", "notAManager"],
    ["a funding year the fund does not have", "Funding year", 1999, "too_small"],
    ["a funding year not in the fund", "Funding year", 2024, "unknownFundingYear"],
    ["money with more than cents", "Requested (USD)", 10.005, "money"],
    ["a bad date", "Planned start", "31/12/2026", "importNotDate"],
    ["a status nobody knows", "Status", "Sleeping", "importUnknownValue"],
    ["a missing required cell", "Title", null, "required"],
    ["a code already in PRIMA", "Code", "OLD-1", "importCodeExists"],
    ["an approved project without its approved amount", "Approved (USD)", null, "importApprovedMissing"],
  ])("finds %s, with its sheet, row, column and value", (_what, column, value, code) => {
    const result = check(workbook([withCell(column, value)]));
    expect(result.projects).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ sheet: "Projects", row: 2, column, code }),
    );
  });

  it("lists every problem at once: shares not adding to 100, a duplicate code, an unlisted project", () => {
    const result = check(
      workbook(
        [GOOD_PROJECT, GOOD_PROJECT],
        [
          ["GH-1", "Labour mobility", 0.6],
          ["GH-1", "MH", "30 %"],
          ["NOPE", "LHD", 1],
        ],
      ),
    );
    expect(result.projects).toEqual([]);
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ["Projects", 3, "Code", "duplicate"],
      ["Areas of work", 4, "Code", "importProjectNotListed"],
      ["Areas of work", 3, "Share", "percentSum"],
    ]);
  });

  it("reads shares typed as percentage points (60 and 40), as people fill the template by hand", () => {
    const result = check(
      workbook(
        [GOOD_PROJECT],
        [
          ["GH-1", "LHD", 60],
          ["GH-1", "MH", 40],
        ],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.projects[0]?.areaShares).toEqual([
      { code: "LHD", hundredths: 6_000 },
      { code: "MH", hundredths: 4_000 },
    ]);
  });

  it("adds up the shares of a project whose own row has a problem, so that one Check lists both", () => {
    const result = check(workbook([withCell("Countries (ISO)", "XXX")], [["GH-1", "LHD", 0.9]]));
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual(
      expect.arrayContaining([
        ["Projects", 2, "Countries (ISO)", "unknownCountry"],
        ["Areas of work", 2, "Share", "percentSum"],
      ]),
    );
  });

  it("finds projects that follow up each other", () => {
    const headings = [...PROJECT_HEADINGS, "Follow-up of"];
    const rows = [
      [...withCell("Code", "A"), "B"],
      [...withCell("Code", "B"), "A"],
    ];
    const result = check([
      { name: "Projects", rows: [headings, ...rows].map((cells, i) => ({ number: i + 1, cells })) },
    ]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "Follow-up of", "followUpCycle"],
      [3, "Follow-up of", "followUpCycle"],
    ]);
  });

  it("reads the sheets and headings of an export in French", () => {
    const sheets = workbook([withCell("Status", "en cours")]);
    const french = sheets.map((sheet, i) => ({
      ...sheet,
      name: ["Projets", "Domaines d'activité", "Types d'activité", "Bénéficiaires"][i] ?? sheet.name,
    }));
    const projects = french[0];
    if (projects?.rows[0])
      projects.rows[0].cells = projects.rows[0].cells.map((h) => (h === "Title" ? "Titre" : h));
    const result = check(french);
    expect(result.problems).toEqual([]);
    expect(result.projects[0]?.title).toBe("Labour migration in Ghana");
  });

  it("says which sheet or column is missing", () => {
    const result = check([{ name: "Projects", rows: [{ number: 1, cells: ["Code", "Title"] }] }]);
    expect(result.problems.map((p) => p.code)).toContain("importColumnMissing");
    expect(check([]).problems).toEqual([
      expect.objectContaining({ sheet: "Projects", code: "importSheetMissing" }),
    ]);
  });

  const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom("GH-1", "GHA", "Line 2", "Active", "ama@example.org", "2026-01-01", "100 %", "0", "-1"),
  );

  it("never throws on hostile cells, and gives problems or projects, never both", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileCell, { maxLength: 14 }), { maxLength: 4 }),
        fc.array(fc.array(hostileCell, { maxLength: 4 }), { maxLength: 4 }),
        (projectRows, areaRows) => {
          const result = check(workbook(projectRows, areaRows));
          expect(result.problems.length === 0 || result.projects.length === 0).toBe(true);
          for (const problem of result.problems) expect(typeof problem.message).toBe("string");
        },
      ),
      { numRuns: 300 },
    );
  });

  describe("the Budget by year sheet", () => {
    const YEAR_HEADINGS = ["Code", "Period start", "Period end", "Requested (USD)", "Approved (USD)"];
    const withYears = (rows: CellValue[][], headings = YEAR_HEADINGS): ImportSheet[] => [
      ...workbook([GOOD_PROJECT]),
      { name: "Budget by year", rows: [headings, ...rows].map((cells, i) => ({ number: i + 1, cells })) },
    ];

    it("reads each year of the planned dates, in any order, a year of nothing included", () => {
      // GH-1 runs from 2026-01-01 to 2027-06-30: two years; 150,000.50 requested, 140,000 approved.
      const result = check(
        withYears([
          ["GH-1", "2027-01-01", "2027-06-30", 0, "0"],
          ["GH-1", new Date(Date.UTC(2026, 0, 1)), "2026-12-31", 150000.5, "140,000.00"],
        ]),
      );
      expect(result.problems).toEqual([]);
      expect(result.projects[0]?.budgetYears).toEqual({
        requested: [15_000_050, 0],
        approved: [14_000_000, 0],
      });
    });

    it("keeps the approval's split to follow the requested one when the approved column is left blank", () => {
      const result = check(
        withYears([
          ["GH-1", "2026-01-01", "2026-12-31", 100000.5, null],
          ["GH-1", "2027-01-01", "2027-06-30", 50000, null],
        ]),
      );
      expect(result.problems).toEqual([]);
      expect(result.projects[0]?.budgetYears).toEqual({ requested: [10_000_050, 5_000_000], approved: null });
    });

    it("leaves a project the sheet does not list, and a file without the sheet, to the split by days", () => {
      expect(check(withYears([])).projects[0]?.budgetYears).toBeNull();
      expect(check(workbook([GOOD_PROJECT])).projects[0]?.budgetYears).toBeNull();
    });

    it.each([
      [
        "a year missing",
        [["GH-1", "2026-01-01", "", 150000.5, 140000]],
        { row: 2, column: "Period start", code: "budgetYearsCount", params: { years: 2 } },
      ],
      [
        "a year that is not one of the project's",
        [
          ["GH-1", "2026-01-01", "", 100000.5, 90000],
          ["GH-1", "2027-03-01", "", 50000, 50000],
        ],
        { row: 3, column: "Period start", code: "budgetYearsCount" },
      ],
      [
        "requested years not adding up to the requested budget",
        [
          ["GH-1", "2026-01-01", "", 100000, 90000],
          ["GH-1", "2027-01-01", "", 50000, 50000],
        ],
        {
          row: 3,
          column: "Requested (USD)",
          code: "budgetYearsSum",
          params: { sum: "150000.00", total: "150000.50" },
        },
      ],
      [
        "approved years not adding up to the approved budget",
        [
          ["GH-1", "2026-01-01", "", 100000.5, 90000],
          ["GH-1", "2027-01-01", "", 50000, 40000],
        ],
        { row: 3, column: "Approved (USD)", code: "budgetYearsSum" },
      ],
      [
        "an amount with more than cents",
        [
          ["GH-1", "2026-01-01", "", 100000.505, 90000],
          ["GH-1", "2027-01-01", "", 50000, 50000],
        ],
        { row: 2, column: "Requested (USD)", code: "money" },
      ],
      [
        "a project not on the Projects sheet",
        [["GH-9", "2026-01-01", "", 1, 1]],
        { row: 2, column: "Code", code: "importProjectNotListed" },
      ],
    ])("refuses %s, saying where", (_what, rows, problem) => {
      const result = check(withYears(rows as CellValue[][]));
      expect(result.projects).toEqual([]);
      expect(result.problems).toContainEqual(
        expect.objectContaining({ sheet: "Budget by year", ...problem }),
      );
    });

    it("needs the code, the period start and the requested amount as columns", () => {
      const result = check(withYears([["GH-1", 150000.5]], ["Code", "Requested (USD)"]));
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          sheet: "Budget by year",
          column: "Period start",
          code: "importColumnMissing",
        }),
      );
    });
  });
});

import { describe, expect, it } from "vitest";
import { matrixCounts, resultsMatrixInput } from "./resultsMatrix";
import { fieldErrorsFromZod } from "./validation";

const ID_A = "0b6f1c52-8f1e-4d53-9a43-8a0e2a6c1f01";
const indicator = (overrides: Record<string, unknown> = {}) => ({
  name: "Officials trained",
  unit: "people",
  baseline: 0,
  target: 120,
  meansOfVerification: "Attendance lists",
  ...overrides,
});

function fieldsOf(input: unknown) {
  const result = resultsMatrixInput.safeParse(input);
  return result.success ? [] : fieldErrorsFromZod(result.error).map((f) => `${f.field}:${f.code}`);
}

describe("results matrix input", () => {
  it("accepts a matrix, trimming text and defaulting what may be left out", () => {
    const parsed = resultsMatrixInput.parse({
      version: 1,
      outcomes: [
        {
          statement: "  Policy adopted ",
          outputs: [{ statement: "Draft written", indicators: [indicator()] }],
        },
      ],
    });
    expect(parsed.objectiveAssumptions).toBe("");
    expect(parsed.objectiveIndicators).toEqual([]);
    expect(parsed.outcomes[0]?.statement).toBe("Policy adopted");
    expect(parsed.outcomes[0]?.assumptions).toBe("");
    expect(parsed.outcomes[0]?.indicators).toEqual([]);
  });

  it.each([
    [
      "a blank statement deep in the matrix",
      { outcomes: [{ statement: "A", outputs: [{ statement: "x" }, { statement: "   " }] }] },
      ["outcomes.0.outputs.1.statement:too_small"],
    ],
    [
      "an indicator without unit and a target that is not a number",
      {
        outcomes: [
          {
            statement: "A",
            outputs: [
              { statement: "x" },
              { statement: "y", indicators: [indicator({ unit: "", target: "12" })] },
            ],
          },
        ],
      },
      [
        "outcomes.0.outputs.1.indicators.0.unit:too_small",
        "outcomes.0.outputs.1.indicators.0.target:invalid_type",
      ],
    ],
    [
      "a figure beyond reason",
      { objectiveIndicators: [indicator({ baseline: 1e15 })] },
      ["objectiveIndicators.0.baseline:too_big"],
    ],
    [
      "too many outcomes",
      { outcomes: Array.from({ length: 21 }, () => ({ statement: "A" })) },
      ["outcomes:too_big"],
    ],
    [
      "too many indicators for one output",
      {
        outcomes: [
          {
            statement: "A",
            outputs: [{ statement: "x", indicators: Array.from({ length: 11 }, () => indicator()) }],
          },
        ],
      },
      ["outcomes.0.outputs.0.indicators:too_big"],
    ],
    [
      "an id that is not a uuid",
      { objectiveIndicators: [indicator({ id: "12" })] },
      ["objectiveIndicators.0.id:invalid_format"],
    ],
    [
      "one statement id used twice",
      { outcomes: [{ id: ID_A, statement: "A", outputs: [{ id: ID_A, statement: "x" }] }] },
      ["outcomes.0.outputs.0.id:duplicate"],
    ],
    [
      "one indicator id under two results",
      {
        objectiveIndicators: [indicator({ id: ID_A })],
        outcomes: [{ statement: "A", indicators: [indicator({ id: ID_A })] }],
      },
      ["outcomes.0.indicators.0.id:duplicate"],
    ],
  ])("refuses %s, naming the field", (_name, matrix, fields) => {
    expect(fieldsOf({ version: 1, ...matrix })).toEqual(fields);
  });

  it("counts results and indicators at every level", () => {
    const parsed = resultsMatrixInput.parse({
      version: 1,
      objectiveIndicators: [indicator()],
      outcomes: [
        {
          statement: "A",
          indicators: [indicator()],
          outputs: [{ statement: "x", indicators: [indicator(), indicator()] }],
        },
        { statement: "B", outputs: [{ statement: "y" }, { statement: "z" }] },
      ],
    });
    expect(matrixCounts(parsed)).toEqual({ outcomes: 2, outputs: 3, indicators: 4 });
  });
});

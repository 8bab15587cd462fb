/**
 * A project's results matrix (objective → outcomes → outputs, each with assumptions and
 * indicators), as the API returns it and the editor saves it.
 * The whole matrix is saved at once: array order is the order.
 */
import { z } from "zod";
import type { IndicatorLevel } from "./progress";

export const MAX_OUTCOMES = 20;
export const MAX_OUTPUTS_PER_OUTCOME = 20;
export const MAX_INDICATORS_PER_RESULT = 10;
export const STATEMENT_MAX = 1000;
export const ASSUMPTIONS_MAX = 2000;
export const INDICATOR_NAME_MAX = 300;
export const UNIT_MAX = 50;
export const VERIFICATION_MAX = 1000;
/** Indicator figures are counts, percentages or amounts; anything beyond this is a typing slip. */
export const FIGURE_LIMIT = 1e12;

const figure = z.number().min(-FIGURE_LIMIT).max(FIGURE_LIMIT);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default("");
/** Items the editor has just added have no id yet; the server gives them one. */
export const newOrExistingId = z.uuid().optional();

export const indicatorInput = z.object({
  id: newOrExistingId,
  name: requiredText(INDICATOR_NAME_MAX),
  unit: requiredText(UNIT_MAX),
  baseline: figure,
  target: figure,
  meansOfVerification: optionalText(VERIFICATION_MAX),
});
export type IndicatorInput = z.input<typeof indicatorInput>;

const indicatorList = z.array(indicatorInput).max(MAX_INDICATORS_PER_RESULT);

export const outputInput = z.object({
  id: newOrExistingId,
  statement: requiredText(STATEMENT_MAX),
  assumptions: optionalText(ASSUMPTIONS_MAX),
  indicators: indicatorList.default([]),
});

export const outcomeInput = z.object({
  id: newOrExistingId,
  statement: requiredText(STATEMENT_MAX),
  assumptions: optionalText(ASSUMPTIONS_MAX),
  indicators: indicatorList.default([]),
  outputs: z.array(outputInput).max(MAX_OUTPUTS_PER_OUTCOME).default([]),
});

export type IdIssue = { path: (string | number)[] };

/** Each id may appear once in a saved list: twice would make two rows of one record. */
export function duplicateIds(entries: { id?: string; path: (string | number)[] }[]): IdIssue[] {
  const seen = new Set<string>();
  const issues: IdIssue[] = [];
  for (const entry of entries) {
    if (!entry.id) continue;
    if (seen.has(entry.id)) issues.push({ path: [...entry.path, "id"] });
    seen.add(entry.id);
  }
  return issues;
}

export const resultsMatrixInput = z
  .object({
    version: z.number().int().min(1).describe("The version the edit started from"),
    objectiveAssumptions: optionalText(ASSUMPTIONS_MAX),
    objectiveIndicators: indicatorList.default([]),
    outcomes: z.array(outcomeInput).max(MAX_OUTCOMES).default([]),
  })
  .superRefine((matrix, ctx) => {
    const statements: { id?: string; path: (string | number)[] }[] = [];
    const measures: { id?: string; path: (string | number)[] }[] = matrix.objectiveIndicators.map(
      (indicator, i) => ({ id: indicator.id, path: ["objectiveIndicators", i] }),
    );
    matrix.outcomes.forEach((outcome, o) => {
      statements.push({ id: outcome.id, path: ["outcomes", o] });
      outcome.indicators.forEach((indicator, i) => {
        measures.push({ id: indicator.id, path: ["outcomes", o, "indicators", i] });
      });
      outcome.outputs.forEach((output, p) => {
        statements.push({ id: output.id, path: ["outcomes", o, "outputs", p] });
        output.indicators.forEach((indicator, i) => {
          measures.push({ id: indicator.id, path: ["outcomes", o, "outputs", p, "indicators", i] });
        });
      });
    });
    for (const issue of [...duplicateIds(statements), ...duplicateIds(measures)]) {
      ctx.addIssue({
        code: "custom",
        path: issue.path,
        message: "Listed twice",
        params: { code: "duplicate" },
      });
    }
  });
export type ResultsMatrixInput = z.input<typeof resultsMatrixInput>;
export type ResultsMatrixData = z.output<typeof resultsMatrixInput>;

/* ---------- what the API returns ---------- */

export const indicator = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  meansOfVerification: z.string(),
});
export type Indicator = z.infer<typeof indicator>;

export const resultsMatrix = z.object({
  objectiveAssumptions: z.string(),
  objectiveIndicators: z.array(indicator),
  outcomes: z.array(
    z.object({
      id: z.uuid(),
      statement: z.string(),
      assumptions: z.string(),
      indicators: z.array(indicator),
      outputs: z.array(
        z.object({
          id: z.uuid(),
          statement: z.string(),
          assumptions: z.string(),
          indicators: z.array(indicator),
        }),
      ),
    }),
  ),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  can: z.object({ edit: z.boolean() }),
});
export type ResultsMatrix = z.infer<typeof resultsMatrix>;
export type Outcome = ResultsMatrix["outcomes"][number];
export type Output = Outcome["outputs"][number];

/** How many results and indicators a matrix holds: what the audit trail records of a save. */
export function matrixCounts(matrix: {
  objectiveIndicators: readonly unknown[];
  outcomes: readonly {
    indicators: readonly unknown[];
    outputs: readonly { indicators: readonly unknown[] }[];
  }[];
}) {
  const outputs = matrix.outcomes.flatMap((o) => o.outputs);
  return {
    outcomes: matrix.outcomes.length,
    outputs: outputs.length,
    indicators:
      matrix.objectiveIndicators.length +
      matrix.outcomes.reduce((sum, o) => sum + o.indicators.length, 0) +
      outputs.reduce((sum, o) => sum + o.indicators.length, 0),
  };
}

export interface IndicatorInMatrix extends Indicator {
  level: IndicatorLevel;
  /** The statement of the outcome or output it measures; null for the objective. */
  result: string | null;
}

/** Every indicator of the project in the matrix's reading order: objective, then each outcome and its outputs. */
export function indicatorsInOrder(
  matrix: Pick<ResultsMatrix, "objectiveIndicators" | "outcomes">,
): IndicatorInMatrix[] {
  return [
    ...matrix.objectiveIndicators.map((i) => ({ ...i, level: "objective" as const, result: null })),
    ...matrix.outcomes.flatMap((outcome) => [
      ...outcome.indicators.map((i) => ({ ...i, level: "outcome" as const, result: outcome.statement })),
      ...outcome.outputs.flatMap((output) =>
        output.indicators.map((i) => ({ ...i, level: "output" as const, result: output.statement })),
      ),
    ]),
  ];
}

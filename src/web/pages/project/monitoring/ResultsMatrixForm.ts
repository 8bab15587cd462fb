/** The results matrix as the editor's form holds it: the API's shape plus a stable key per item. */
import type { UseFormReturnType } from "@mantine/form";
import type { Indicator, ResultsMatrix } from "../../../../domain/resultsMatrix";

export interface IndicatorValues {
  /** React's key: the id, or a made-up one until the server gives the item an id. */
  key: string;
  id?: string;
  name: string;
  unit: string;
  /** A number, or "" while the input is empty. */
  baseline: number | string;
  target: number | string;
  meansOfVerification: string;
}

export interface OutputValues {
  key: string;
  id?: string;
  statement: string;
  assumptions: string;
  indicators: IndicatorValues[];
}

export interface OutcomeValues extends OutputValues {
  outputs: OutputValues[];
}

export interface MatrixValues {
  objectiveAssumptions: string;
  objectiveIndicators: IndicatorValues[];
  outcomes: OutcomeValues[];
}

export type MatrixForm = UseFormReturnType<MatrixValues>;

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

const indicatorValues = (i: Indicator): IndicatorValues => ({ key: i.id, ...i });

export function valuesOf(matrix: ResultsMatrix): MatrixValues {
  return {
    objectiveAssumptions: matrix.objectiveAssumptions,
    objectiveIndicators: matrix.objectiveIndicators.map(indicatorValues),
    outcomes: matrix.outcomes.map((outcome) => ({
      key: outcome.id,
      id: outcome.id,
      statement: outcome.statement,
      assumptions: outcome.assumptions,
      indicators: outcome.indicators.map(indicatorValues),
      outputs: outcome.outputs.map((output) => ({
        key: output.id,
        id: output.id,
        statement: output.statement,
        assumptions: output.assumptions,
        indicators: output.indicators.map(indicatorValues),
      })),
    })),
  };
}

export const newIndicator = (): IndicatorValues => ({
  key: newKey(),
  name: "",
  unit: "",
  baseline: "",
  target: "",
  meansOfVerification: "",
});

export const newOutput = (): OutputValues => ({
  key: newKey(),
  statement: "",
  assumptions: "",
  indicators: [newIndicator()],
});

export const newOutcome = (): OutcomeValues => ({
  key: newKey(),
  statement: "",
  assumptions: "",
  indicators: [],
  outputs: [newOutput()],
});

/** Inputs the editor draws, by the end of their path; errors elsewhere (ids, lists) go in the alert too. */
export const DRAWN_FIELD =
  /(^objectiveAssumptions|\.statement|\.assumptions|\.name|\.unit|\.baseline|\.target|\.meansOfVerification)$/;

/**
 * A project's results matrix as stored, read as a tree: the objective's indicators, then each
 * outcome with its indicators and outputs, in the order the editor saved them.
 */
import { asc, eq } from "drizzle-orm";
import type { Indicator, ResultsMatrix } from "../../../domain/resultsMatrix";
import type { DbOrTx } from "../../db/client";
import { indicators, resultStatements, resultsMatrices } from "../../db/schema";
import type { ResultsMatrixPolicies } from "../../policies/planPolicies";

/** The tree the API returns, without what the user may do, and with its update time as a date. */
export interface ResultsMatrixRecord extends Omit<ResultsMatrix, "updatedAt" | "can"> {
  updatedAt: Date | null;
}

/** A matrix with what the user may do with it, ready for presentResultsMatrix. */
export interface ResultsMatrixView {
  matrix: ResultsMatrixRecord;
  can: ResultsMatrixPolicies;
}

type IndicatorRow = typeof indicators.$inferSelect;

function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    meansOfVerification: row.meansOfVerification,
  };
}

/** The matrix as a tree; a project nobody has saved a matrix for has an empty one. */
export async function loadResultsMatrix(db: DbOrTx, projectId: string): Promise<ResultsMatrixRecord> {
  const [matrix] = await db.select().from(resultsMatrices).where(eq(resultsMatrices.projectId, projectId));
  const statements = await db
    .select()
    .from(resultStatements)
    .where(eq(resultStatements.projectId, projectId))
    .orderBy(asc(resultStatements.sort), asc(resultStatements.id));
  const measures = await db
    .select()
    .from(indicators)
    .where(eq(indicators.projectId, projectId))
    .orderBy(asc(indicators.sort), asc(indicators.id));
  const measuring = (resultId: string | null) =>
    measures.filter((m) => m.resultId === resultId).map(toIndicator);
  return {
    objectiveAssumptions: matrix?.objectiveAssumptions ?? "",
    objectiveIndicators: measuring(null),
    outcomes: statements
      .filter((s) => s.level === "outcome")
      .map((outcome) => ({
        id: outcome.id,
        statement: outcome.statement,
        assumptions: outcome.assumptions,
        indicators: measuring(outcome.id),
        outputs: statements
          .filter((s) => s.level === "output" && s.parentId === outcome.id)
          .map((output) => ({
            id: output.id,
            statement: output.statement,
            assumptions: output.assumptions,
            indicators: measuring(output.id),
          })),
      })),
    version: matrix?.version ?? 1,
    updatedAt: matrix?.updatedAt ?? null,
  };
}

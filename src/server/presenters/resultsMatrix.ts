/** The only place where results-matrix JSON for clients is shaped. */
import type { ResultsMatrix } from "../../domain/resultsMatrix";
import type { ResultsMatrixPolicies } from "../policies/planPolicies";
import type { ResultsMatrixRecord } from "../services/results/loadResultsMatrix";

export function presentResultsMatrix(record: ResultsMatrixRecord, can: ResultsMatrixPolicies): ResultsMatrix {
  return {
    objectiveAssumptions: record.objectiveAssumptions,
    objectiveIndicators: record.objectiveIndicators,
    outcomes: record.outcomes,
    version: record.version,
    updatedAt: record.updatedAt ? record.updatedAt.toISOString() : null,
    can,
  };
}

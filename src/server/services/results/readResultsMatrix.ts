/** Reads the results matrix of a project the user may read, with whether they may change it. */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { resultsMatrixPolicies } from "../../policies/planPolicies";
import { readableProject } from "../projects/readableProject";
import { loadResultsMatrix, type ResultsMatrixView } from "./loadResultsMatrix";

export async function readResultsMatrix(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
): Promise<ResultsMatrixView> {
  const project = await readableProject(db, actor, projectId);
  return { matrix: await loadResultsMatrix(db, projectId), can: resultsMatrixPolicies(actor, project) };
}

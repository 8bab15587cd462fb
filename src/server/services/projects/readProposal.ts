/**
 * Everything a project's proposal document holds, read for a user who may read the project: the
 * project with its parts (as the project page reads them), its results matrix, its workplan and the
 * reference names to write. 404 when the project does not exist or the user may not read it.
 */
import type { ReferenceData } from "../../../domain/reference";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { loadReferenceData } from "../reference/loadReferenceData";
import { loadResultsMatrix, type ResultsMatrixRecord } from "../results/loadResultsMatrix";
import { loadWorkplan, type WorkplanRecord } from "../workplan/loadWorkplan";
import type { ProjectRecord } from "./loadProject";
import { readableProjectRecord } from "./readableProject";

export interface ProposalRecord {
  project: ProjectRecord;
  matrix: ResultsMatrixRecord;
  workplan: WorkplanRecord;
  reference: ReferenceData;
}

export async function readProposal(db: DbOrTx, actor: Actor, projectId: string): Promise<ProposalRecord> {
  return db.transaction(async (tx) => {
    const project = await readableProjectRecord(tx, actor, projectId);
    const matrix = await loadResultsMatrix(tx, projectId);
    const workplan = await loadWorkplan(tx, projectId);
    const reference = await loadReferenceData(tx);
    return { project, matrix, workplan, reference };
  });
}

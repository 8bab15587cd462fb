/** Reads the workplan of a project the user may read, with whether they may change it. */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { workplanPolicies } from "../../policies/planPolicies";
import { readableProject } from "../projects/readableProject";
import { loadWorkplan, type WorkplanView } from "./loadWorkplan";

export async function readWorkplan(db: DbOrTx, actor: Actor, projectId: string): Promise<WorkplanView> {
  const project = await readableProject(db, actor, projectId);
  return { workplan: await loadWorkplan(db, projectId), can: workplanPolicies(actor, project) };
}

import { NotFound } from "../../../domain/errors";
import type { DbOrTx } from "../../db/client";
import type { ProjectRecordAction } from "../../policies/actions";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import type { ProjectScopeFacts } from "../../policies/project";
import { loadProject, loadProjectScope, type ProjectRecord } from "./loadProject";

/**
 * The project as its rules see it, or 404 when it does not exist or the user may not read it;
 * with `action`, also 403 when the user may not do that with it. Routes call this before the
 * body is validated, so that someone who may not act learns that, not the body's rules.
 */
export async function readableProject(
  db: DbOrTx,
  actor: Actor,
  id: string,
  action?: ProjectRecordAction,
): Promise<ProjectScopeFacts> {
  const project = await loadProjectScope(db, id);
  if (!project) throw new NotFound("This project");
  authorize(actor, "readProject", project);
  if (action) authorize(actor, action, project);
  return project;
}

/** The whole project with its parts, or 404 when it does not exist or the user may not read it. */
export async function readableProjectRecord(db: DbOrTx, actor: Actor, id: string): Promise<ProjectRecord> {
  const record = await loadProject(db, id);
  if (!record) throw new NotFound("This project");
  authorize(actor, "readProject", record.row);
  return record;
}

/** A project's budget revisions and what this user may do with them. */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import type { ProjectScopeFacts } from "../../policies/project";
import { type RevisionListPolicies, revisionListPolicies } from "../../policies/revisionPolicies";
import { loadRevisions, type RevisionRecord } from "./loadRevisions";

export async function listRevisions(
  db: DbOrTx,
  user: Actor,
  projectId: string,
  project: ProjectScopeFacts,
): Promise<{ items: RevisionRecord[]; can: RevisionListPolicies }> {
  const items = await loadRevisions(db, { projectId });
  const open = items.some((r) => r.revision.status === "requested");
  return { items, can: revisionListPolicies(user, project, open) };
}

/** A project's extension requests, how many were approved, and what this user may do with them. */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { type ExtensionListPolicies, extensionListPolicies } from "../../policies/extensionPolicies";
import type { ProjectScopeFacts } from "../../policies/project";
import { type ExtensionRecord, loadExtensions } from "./loadExtensions";

export async function listExtensions(
  db: DbOrTx,
  user: Actor,
  projectId: string,
  project: ProjectScopeFacts,
): Promise<{ items: ExtensionRecord[]; approvedCount: number; can: ExtensionListPolicies }> {
  const items = await loadExtensions(db, { projectId });
  const open = items.some((e) => e.extension.status === "requested");
  return {
    items,
    approvedCount: items.filter((e) => e.extension.status === "approved").length,
    can: extensionListPolicies(user, project, open),
  };
}

/** A project's extension requests, how many were approved, and what this user may do with them. */
import type { ExtensionList } from "../../../domain/extensions";
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { can } from "../../policies/authorize";
import type { ProjectScopeFacts } from "../../policies/project";
import { loadExtensions } from "./loadExtensions";

export async function listExtensions(
  db: DbOrTx,
  user: Actor,
  projectId: string,
  project: ProjectScopeFacts,
): Promise<ExtensionList> {
  const items = await loadExtensions(db, { projectId });
  const open = items.some((e) => e.status === "requested");
  return {
    items,
    approvedCount: items.filter((e) => e.status === "approved").length,
    can: {
      // One open request at a time: the button comes back once the fund has decided.
      request: can(user, "requestExtension", project) && !open,
      decide: can(user, "decideExtension", project) && open,
    },
  };
}

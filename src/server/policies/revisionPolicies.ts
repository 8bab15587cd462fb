/** What a user may do with a project's budget revisions, as the API returns it (`can`). */
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";

export interface RevisionListPolicies {
  request: boolean;
  decide: boolean;
}

/** `open`: whether one of the project's revisions still waits for the fund's decision. */
export function revisionListPolicies(
  user: Actor | null,
  project: ProjectScopeFacts,
  open: boolean,
): RevisionListPolicies {
  return {
    // One open request at a time: the button comes back once the fund has decided.
    request: can(user, "requestRevision", project) && !open,
    decide: can(user, "decideRevision", project) && open,
  };
}

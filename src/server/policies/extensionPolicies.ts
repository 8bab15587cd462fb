/** What a user may do with a project's extension requests, as the API returns it (`can`). */
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";

export interface ExtensionListPolicies {
  request: boolean;
  decide: boolean;
}

/** `open`: whether one of the project's requests still waits for the fund's decision. */
export function extensionListPolicies(
  user: Actor | null,
  project: ProjectScopeFacts,
  open: boolean,
): ExtensionListPolicies {
  return {
    // One open request at a time: the button comes back once the fund has decided.
    request: can(user, "requestExtension", project) && !open,
    decide: can(user, "decideExtension", project) && open,
  };
}

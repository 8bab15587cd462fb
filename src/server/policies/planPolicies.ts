/** What a user may do with a project's results matrix and workplan, as the API returns it (`can`). */
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";

export interface ResultsMatrixPolicies {
  edit: boolean;
}

export interface WorkplanPolicies {
  edit: boolean;
}

export function resultsMatrixPolicies(user: Actor | null, project: ProjectScopeFacts): ResultsMatrixPolicies {
  return { edit: can(user, "editResultsMatrix", project) };
}

export function workplanPolicies(user: Actor | null, project: ProjectScopeFacts): WorkplanPolicies {
  return { edit: can(user, "editWorkplan", project) };
}

/**
 * Who may do what with projects: rules of (user, project), tested as a matrix. Call them through
 * `can`/`authorize` (authorize.ts); reading follows the read scope (readScope.ts).
 *
 * Acting is limited to the project's managers, its region's reviewer, or the fund, per the life cycle.
 */
import { EDITABLE_STATUSES, type ProjectStatus } from "../../domain/lifecycle";
import type { Actor } from "./actor";
import { readScope } from "./readScope";

/** What the rules about one project look at. */
export interface ProjectScopeFacts {
  pmId: string | null;
  altPmId: string | null;
  regionCode: string | null;
  status: ProjectStatus;
}

export type ProjectRule = (user: Actor, project: ProjectScopeFacts) => boolean;
export type ApplicationRule = (user: Actor) => boolean;

export function isProjectManagerOf(user: Actor, project: ProjectScopeFacts): boolean {
  return user.role === "pm" && (project.pmId === user.id || project.altPmId === user.id);
}

export const PROJECT_APPLICATION_ACTIONS = ["createProject", "manageProjects"] as const;
export type ProjectApplicationAction = (typeof PROJECT_APPLICATION_ACTIONS)[number];

export const projectApplicationRules: Record<ProjectApplicationAction, ApplicationRule> = {
  createProject: (user) => user.role === "pm",
  /** Can be named a project's PM or alternate: their lists start on their own projects. */
  manageProjects: (user) => user.role === "pm",
};

export const PROJECT_ACTIONS = ["readProject", "updateProject", "assignManagers"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const projectRules: Record<ProjectAction, ProjectRule> = {
  readProject: (user, project) => readScope(user).includes(project.regionCode),
  updateProject: (user, project) =>
    isProjectManagerOf(user, project) && EDITABLE_STATUSES.includes(project.status),
  // The alternate stands in for the PM but cannot take the project over or hand it on.
  assignManagers: (user, project) =>
    user.role === "pm" && project.pmId === user.id && EDITABLE_STATUSES.includes(project.status),
};

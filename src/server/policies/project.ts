/**
 * Who may do what with projects. Pure functions of (user, action, project), tested as a matrix.
 *
 * Reading: the portfolio is open to every signed-in member of staff, because reviewers, PMs and
 * the fund compare projects across regions; a viewer given a region sees only that region.
 * Acting: limited to the project's managers, its region's reviewer, or the fund, per the life cycle.
 */
import { EDITABLE_STATUSES, type ProjectStatus } from "../../domain/lifecycle";
import type { Actor } from "./actor";

export const PROJECT_ACTIONS = ["list", "create", "read", "update", "assignManagers"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export interface ProjectScopeFacts {
  pmId: string | null;
  altPmId: string | null;
  regionCode: string | null;
  status: ProjectStatus;
}

export function isProjectManagerOf(user: Actor, project: ProjectScopeFacts): boolean {
  return user.role === "pm" && (project.pmId === user.id || project.altPmId === user.id);
}

/** The slice of the portfolio a user may read: everything, one region, or nothing. */
export type ReadScope = { kind: "all" } | { kind: "region"; region: string } | { kind: "none" };

export function projectReadScope(user: Actor | null): ReadScope {
  if (!user) return { kind: "none" };
  if (user.role === "viewer" && user.region) return { kind: "region", region: user.region };
  return { kind: "all" };
}

function inScope(scope: ReadScope, project: ProjectScopeFacts): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "region") return project.regionCode === scope.region;
  return false;
}

export function canProject(user: Actor | null, action: "list" | "create"): boolean;
export function canProject(user: Actor | null, action: ProjectAction, project: ProjectScopeFacts): boolean;
export function canProject(user: Actor | null, action: ProjectAction, project?: ProjectScopeFacts): boolean {
  if (!user) return false;
  switch (action) {
    case "list":
      return true;
    case "create":
      return user.role === "pm";
    case "read":
      return project !== undefined && inScope(projectReadScope(user), project);
    case "update":
      return (
        project !== undefined &&
        isProjectManagerOf(user, project) &&
        EDITABLE_STATUSES.includes(project.status)
      );
    case "assignManagers":
      // The alternate stands in for the PM but cannot take the project over or hand it on.
      return (
        project !== undefined &&
        user.role === "pm" &&
        project.pmId === user.id &&
        EDITABLE_STATUSES.includes(project.status)
      );
  }
}

export const EDIT_REFUSED = "Only the project's PM or alternate PM can edit it, and only while it is a draft";

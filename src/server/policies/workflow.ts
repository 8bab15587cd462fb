/**
 * Who may move a project through its life cycle, comment on it and file documents: pure
 * functions of (user, action, project), driven by the one table in domain/lifecycle.ts.
 */
import {
  findTransition,
  type Transition,
  type TransitionActor,
  type TransitionName,
  transitionsFrom,
} from "../../domain/lifecycle";
import type { Actor } from "./actor";
import { canProject, isProjectManagerOf, type ProjectScopeFacts } from "./project";

/**
 * The regional reviewer of the project's region. A project with no single region (a global
 * one) is reviewed at headquarters, so the fund manager acts as its reviewer.
 */
export function isReviewerOf(user: Actor, project: ProjectScopeFacts): boolean {
  if (project.regionCode === null) return user.role === "fund_manager";
  return user.role === "reviewer" && user.region === project.regionCode;
}

export function actsAs(user: Actor, actor: TransitionActor, project: ProjectScopeFacts): boolean {
  switch (actor) {
    case "projectManager":
      return isProjectManagerOf(user, project);
    case "regionalReviewer":
      return isReviewerOf(user, project);
    case "fundManager":
      return user.role === "fund_manager";
  }
}

export function canFire(user: Actor | null, name: TransitionName, project: ProjectScopeFacts): boolean {
  if (!user || !canProject(user, "read", project)) return false;
  const transition = findTransition(name, project.status);
  return transition !== undefined && actsAs(user, transition.by, project);
}

export function availableTransitions(user: Actor | null, project: ProjectScopeFacts): Transition[] {
  if (!user || !canProject(user, "read", project)) return [];
  return transitionsFrom(project.status).filter((t) => actsAs(user, t.by, project));
}

/** The people who take part in a proposal's review: its managers, its reviewer, the fund. */
export function isParticipant(user: Actor | null, project: ProjectScopeFacts): boolean {
  if (!user || !canProject(user, "read", project)) return false;
  return isProjectManagerOf(user, project) || isReviewerOf(user, project) || user.role === "fund_manager";
}

export function canComment(user: Actor | null, project: ProjectScopeFacts): boolean {
  return isParticipant(user, project);
}

/** Reading the filing follows reading the project; adding to it is for the participants. */
export function canUploadDocument(user: Actor | null, project: ProjectScopeFacts): boolean {
  return isParticipant(user, project);
}

export function fireRefusal(name: TransitionName, project: ProjectScopeFacts): string {
  const transition = findTransition(name, project.status);
  if (!transition) return `A project that is ${project.status} cannot be sent through "${name}"`;
  switch (transition.by) {
    case "projectManager":
      return "Only the project's PM or alternate PM can do this";
    case "regionalReviewer":
      return project.regionCode === null
        ? "Only the fund manager reviews projects without a region"
        : `Only the regional reviewer of ${project.regionCode} can do this`;
    case "fundManager":
      return "Only the fund manager can do this";
  }
}

/**
 * Who may move a project through its life cycle, comment on it and file documents: rules of
 * (user, project), driven by the one table in domain/lifecycle.ts.
 */
import {
  findTransition,
  type Transition,
  type TransitionActor,
  type TransitionName,
  transitionsFrom,
} from "../../domain/lifecycle";
import type { Actor } from "./actor";
import {
  type ApplicationRule,
  isProjectManagerOf,
  type ProjectRule,
  type ProjectScopeFacts,
  projectRules,
} from "./project";

/**
 * The regional reviewer of the project's region. A project with no single region (a global
 * one) is reviewed at headquarters, so the fund manager acts as its reviewer.
 */
export function isReviewerOf(user: Actor, project: Pick<ProjectScopeFacts, "regionCode">): boolean {
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

/** The steps this user may take from the project's status, in the table's order. */
export function availableTransitions(user: Actor | null, project: ProjectScopeFacts): Transition[] {
  if (!user || !projectRules.readProject(user, project)) return [];
  return transitionsFrom(project.status).filter((t) => actsAs(user, t.by, project));
}

/** The people who take part in a proposal's review: its managers, its reviewer, the fund. */
const isParticipant: ProjectRule = (user, project) =>
  projectRules.readProject(user, project) &&
  (isProjectManagerOf(user, project) || isReviewerOf(user, project) || user.role === "fund_manager");

export const WORKFLOW_ACTIONS = ["commentOnProject", "fileDocument"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export const workflowRules: Record<WorkflowAction, ProjectRule> = {
  commentOnProject: isParticipant,
  /** Reading the filing follows reading the project; adding to it is for the participants. */
  fileDocument: isParticipant,
};

/** A step of the life cycle asked for on a project: the table's entry leaving its status. */
export interface TransitionSubject {
  project: ProjectScopeFacts;
  transition: Transition;
}

export function mayFireTransition(user: Actor, { project, transition }: TransitionSubject): boolean {
  return projectRules.readProject(user, project) && actsAs(user, transition.by, project);
}

export const WORKFLOW_APPLICATION_ACTIONS = ["reviewProjectsWithoutRegion"] as const;
export type WorkflowApplicationAction = (typeof WORKFLOW_APPLICATION_ACTIONS)[number];

export const workflowApplicationRules: Record<WorkflowApplicationAction, ApplicationRule> = {
  /** Global projects are reviewed at headquarters: their review queue is not "my region's". */
  reviewProjectsWithoutRegion: (user) => isReviewerOf(user, { regionCode: null }),
};

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

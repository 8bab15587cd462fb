/**
 * Who may do what in implementation monitoring: rules of (user, project). Reading always follows
 * reading the project (the read scope); these decide the writes.
 */
import type { Actor } from "./actor";
import {
  type ApplicationRule,
  isProjectManagerOf,
  type ProjectRule,
  type ProjectScopeFacts,
  projectRules,
} from "./project";

/** Statuses in which the results matrix and workplan can still change: proposal and implementation. */
const PLAN_OPEN = new Set(["draft", "approved", "active"]);
/** Reports, extensions and reminders concern funded projects only. */
const IMPLEMENTING = new Set(["approved", "active"]);

function managerOf(user: Actor, project: ProjectScopeFacts): boolean {
  return projectRules.readProject(user, project) && isProjectManagerOf(user, project);
}

export const MONITORING_ACTIONS = [
  "editResultsMatrix",
  "editWorkplan",
  "writeReport",
  "decideReport",
  "requestExtension",
  "decideExtension",
  "requestRevision",
  "decideRevision",
] as const;
export type MonitoringAction = (typeof MONITORING_ACTIONS)[number];

/**
 * The PM and alternate keep the results matrix and workplan while drafting (they are part of the
 * proposal) and during implementation; not while a review is under way, nor once closed.
 */
const editPlan: ProjectRule = (user, project) => managerOf(user, project) && PLAN_OPEN.has(project.status);

export const monitoringRules: Record<MonitoringAction, ProjectRule> = {
  editResultsMatrix: editPlan,
  editWorkplan: editPlan,
  /** Filling in and submitting reports: the project's managers, while it is approved or active. */
  writeReport: (user, project) => managerOf(user, project) && IMPLEMENTING.has(project.status),
  /** Accepting or returning a submitted report: the fund manager (closed projects keep their reports). */
  decideReport: (user, project) => user.role === "fund_manager" && IMPLEMENTING.has(project.status),
  requestExtension: (user, project) => managerOf(user, project) && IMPLEMENTING.has(project.status),
  decideExtension: (user, project) => user.role === "fund_manager" && IMPLEMENTING.has(project.status),
  /** Budget revisions follow extensions: the managers ask, the fund manager decides. */
  requestRevision: (user, project) => managerOf(user, project) && IMPLEMENTING.has(project.status),
  decideRevision: (user, project) => user.role === "fund_manager" && IMPLEMENTING.has(project.status),
};

export const MONITORING_APPLICATION_ACTIONS = ["editReportingRules"] as const;
export type MonitoringApplicationAction = (typeof MONITORING_APPLICATION_ACTIONS)[number];

export const monitoringApplicationRules: Record<MonitoringApplicationAction, ApplicationRule> = {
  /** The fund's reporting rules are the fund manager's. */
  editReportingRules: (user) => user.role === "fund_manager",
};

/**
 * Who may do what in implementation monitoring: pure functions of (user, project). Reading
 * always follows reading the project (policies/project.ts); these decide the writes.
 */
import type { Actor } from "./actor";
import { canProject, isProjectManagerOf, type ProjectScopeFacts } from "./project";

/** Statuses in which the results matrix and workplan can still change: proposal and implementation. */
const PLAN_OPEN = new Set(["draft", "approved", "active"]);
/** Reports, extensions and reminders concern funded projects only. */
const IMPLEMENTING = new Set(["approved", "active"]);

function managerOf(user: Actor | null, project: ProjectScopeFacts): user is Actor {
  return user !== null && canProject(user, "read", project) && isProjectManagerOf(user, project);
}

/**
 * The PM and alternate keep the results matrix and workplan while drafting (it is part of the
 * proposal) and during implementation; not while a review is under way, nor once closed.
 */
export function canEditPlan(user: Actor | null, project: ProjectScopeFacts): boolean {
  return managerOf(user, project) && PLAN_OPEN.has(project.status);
}

/** Filling in and submitting reports: the project's managers, while it is approved or active. */
export function canWriteReport(user: Actor | null, project: ProjectScopeFacts): boolean {
  return managerOf(user, project) && IMPLEMENTING.has(project.status);
}

/** Accepting or returning a submitted report: the fund manager (closed projects keep their reports). */
export function canDecideReport(user: Actor | null, project: ProjectScopeFacts): boolean {
  return user !== null && user.role === "fund_manager" && IMPLEMENTING.has(project.status);
}

export function canRequestExtension(user: Actor | null, project: ProjectScopeFacts): boolean {
  return managerOf(user, project) && IMPLEMENTING.has(project.status);
}

export function canDecideExtension(user: Actor | null, project: ProjectScopeFacts): boolean {
  return user !== null && user.role === "fund_manager" && IMPLEMENTING.has(project.status);
}

/** The fund's reporting rules are the fund manager's. */
export function canManageReportingRules(user: Actor | null): boolean {
  return user !== null && user.role === "fund_manager";
}

/** The mail outbox (who was written to, and failures) is for administrators. */
export function canSeeOutbox(user: Actor | null): boolean {
  return user !== null && user.role === "admin";
}

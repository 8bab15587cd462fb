/**
 * The project life cycle of DESIGN.md, as one table. The server checks transitions against it,
 * the web app draws its buttons and the process map from it.
 */
import type { Role } from "./roles";

export const PROJECT_STATUSES = [
  "draft",
  "submitted",
  "endorsed",
  "approved",
  "active",
  "closed",
  "rejected",
  "withdrawn",
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function isProjectStatus(value: string): value is ProjectStatus {
  return (PROJECT_STATUSES as readonly string[]).includes(value);
}

export type TransitionName =
  | "submit"
  | "withdraw"
  | "endorse"
  | "returnToDraft"
  | "notEndorse"
  | "approve"
  | "reject"
  | "start"
  | "close";

/** Who may fire a transition: the project's PM / alternate, the region's reviewer, or the fund manager. */
export type TransitionActor = "projectManager" | "regionalReviewer" | "fundManager";

/** What a transition asks of the person firing it, besides being allowed to. */
export type TransitionNeeds = "comment" | "approval";

export interface Transition {
  name: TransitionName;
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  by: TransitionActor;
  /** "comment": a reason the PM will read; "approval": approved amount and fund line. */
  needs: readonly TransitionNeeds[];
  /** The fund rules (see fundRules.ts) checked before the transition is allowed. */
  checks: "none" | "submission" | "approval";
}

export const TRANSITIONS: readonly Transition[] = [
  { name: "submit", from: ["draft"], to: "submitted", by: "projectManager", needs: [], checks: "submission" },
  {
    name: "withdraw",
    from: ["draft", "submitted", "endorsed"],
    to: "withdrawn",
    by: "projectManager",
    needs: ["comment"],
    checks: "none",
  },
  { name: "endorse", from: ["submitted"], to: "endorsed", by: "regionalReviewer", needs: [], checks: "none" },
  {
    name: "returnToDraft",
    from: ["submitted"],
    to: "draft",
    by: "regionalReviewer",
    needs: ["comment"],
    checks: "none",
  },
  {
    name: "notEndorse",
    from: ["submitted"],
    to: "rejected",
    by: "regionalReviewer",
    needs: ["comment"],
    checks: "none",
  },
  {
    name: "returnToDraft",
    from: ["endorsed"],
    to: "draft",
    by: "fundManager",
    needs: ["comment"],
    checks: "none",
  },
  {
    name: "approve",
    from: ["endorsed"],
    to: "approved",
    by: "fundManager",
    needs: ["approval"],
    checks: "approval",
  },
  {
    name: "reject",
    from: ["endorsed"],
    to: "rejected",
    by: "fundManager",
    needs: ["comment"],
    checks: "none",
  },
  // The PM starts implementation (the actual start date is the day it is fired).
  { name: "start", from: ["approved"], to: "active", by: "projectManager", needs: [], checks: "none" },
  { name: "close", from: ["active"], to: "closed", by: "fundManager", needs: [], checks: "none" },
];

export const TRANSITION_NAMES = [
  "submit",
  "withdraw",
  "endorse",
  "returnToDraft",
  "notEndorse",
  "approve",
  "reject",
  "start",
  "close",
] as const satisfies readonly TransitionName[];

/** The one transition of that name that leaves this status, if any. */
export function findTransition(name: TransitionName, from: ProjectStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.name === name && t.from.includes(from));
}

/** Where a proposal waits for someone other than its PM: what review turnaround measures. */
export const REVIEW_STATUSES: readonly ProjectStatus[] = ["submitted", "endorsed"];

/** Statuses in which the proposal's content can still be edited by its managers. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ["draft"];

export function transitionsFrom(status: ProjectStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from.includes(status));
}

/** The role a user must hold to act as an actor (scope is checked by the policies). */
export const ACTOR_ROLE: Record<TransitionActor, Role> = {
  projectManager: "pm",
  regionalReviewer: "reviewer",
  fundManager: "fund_manager",
};

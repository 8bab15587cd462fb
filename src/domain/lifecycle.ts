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

export interface Transition {
  name: TransitionName;
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  by: TransitionActor;
}

export const TRANSITIONS: readonly Transition[] = [
  { name: "submit", from: ["draft"], to: "submitted", by: "projectManager" },
  { name: "withdraw", from: ["draft", "submitted", "endorsed"], to: "withdrawn", by: "projectManager" },
  { name: "endorse", from: ["submitted"], to: "endorsed", by: "regionalReviewer" },
  { name: "returnToDraft", from: ["submitted"], to: "draft", by: "regionalReviewer" },
  { name: "notEndorse", from: ["submitted"], to: "rejected", by: "regionalReviewer" },
  { name: "returnToDraft", from: ["endorsed"], to: "draft", by: "fundManager" },
  { name: "approve", from: ["endorsed"], to: "approved", by: "fundManager" },
  { name: "reject", from: ["endorsed"], to: "rejected", by: "fundManager" },
  { name: "start", from: ["approved"], to: "active", by: "fundManager" },
  { name: "close", from: ["active"], to: "closed", by: "fundManager" },
];

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

/**
 * The project life cycle of DESIGN.md, as one table that says everything about a step: who
 * takes it, what it needs and checks, what it does, who is told, where it leads, which decision
 * it takes. The server checks and runs steps from it, the web app draws its buttons and the
 * process map from it, and queries take their lists of steps from it (lifecycleFacts.ts). To
 * add a step, add its name to TransitionName and TRANSITION_NAMES, an entry here and its texts
 * in the locale files; a new effect or check also needs its code in services/workflow/transitionEffects.ts
 * or transitionChecks.ts.
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

/**
 * What is checked before the step is allowed: the fund rules of a submission or an approval
 * (fundRules.ts, all failures at once), or on closure that every report the project owed is
 * accepted.
 */
export type TransitionCheck = "none" | "submission" | "approval" | "closure";

/** Who hears of a step, in the app and by e-mail (the person who took it is left out). */
export type Party = "managers" | "reviewers" | "fundManagers";

/**
 * What firing a step does besides moving the status, by name; the server runs them in
 * services/workflow/transitionEffects.ts.
 * - keepSubmittedVersion: files what was submitted, so the reviewer sees what changed next time;
 * - setFunding: the approved amount and fund line of the approval become the project's;
 * - setActualStart: the actual start is the day the step is taken;
 * - setActualEnd: the actual end is that day, unless one was recorded before;
 * - syncReportSchedule: funding sets the reporting schedule, and the actual start may shift it.
 */
export const TRANSITION_EFFECTS = [
  "keepSubmittedVersion",
  "setFunding",
  "setActualStart",
  "setActualEnd",
  "syncReportSchedule",
] as const;
export type TransitionEffect = (typeof TRANSITION_EFFECTS)[number];

/**
 * The decisions review turnaround measures: the regional reviewer's on a submission and the
 * fund's on an endorsement (withdrawing is not a decision).
 */
export const DECISION_STAGES = ["regionalReview", "approval"] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];

/** The phases of a project's life that its timeline draws, in order. */
export const LIFE_PHASES = ["proposal", "review", "approved", "implementation", "closed"] as const;
export type LifePhase = (typeof LIFE_PHASES)[number];

/**
 * Where the step leads: on towards funding and completion, back for revision, or to the end of
 * a proposal that will not be funded. The web app shows forward steps first and ending ones in
 * red, last; the timeline draws no phase after an ending.
 */
export type TransitionCourse = "forward" | "back" | "ends";

/**
 * Who is told of a step: the same parties from every status, or, for a step taken from several
 * statuses, the parties of each (a withdrawal tells only those the proposal had reached).
 */
export type Recipients =
  | readonly Party[]
  | { readonly fromStatus: Partial<Record<ProjectStatus, readonly Party[]>> };

export interface Transition {
  name: TransitionName;
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  by: TransitionActor;
  /** "comment": a reason the PM will read; "approval": approved amount and fund line. */
  needs: readonly TransitionNeeds[];
  checks: TransitionCheck;
  effects: readonly TransitionEffect[];
  notify: Recipients;
  course: TransitionCourse;
  /** The decision this step takes, if it is one that review turnaround counts. */
  decides?: DecisionStage;
  /** The phase of the project's life this step begins (returning to a phase begins nothing). */
  opensPhase?: LifePhase;
  /**
   * Open to its actor all along (withdrawing), so it never makes them the one others wait for
   * while someone else's decision is pending.
   */
  sideStep?: true;
  /** How the e-mail to the people concerned says it: "<who> endorsed <project>" (mail is English). */
  doneText: string;
}

/**
 * A life cycle: the statuses a project moves through and the steps between them. Projects of
 * the development fund follow FUND_LIFE_CYCLE; another kind of project (donor-funded ones) would
 * be one more table of this type, and the lookups below take the one to read.
 */
export interface LifeCycle {
  id: string;
  transitions: readonly Transition[];
}

export const FUND_LIFE_CYCLE: LifeCycle = {
  id: "fund",
  transitions: [
    {
      name: "submit",
      from: ["draft"],
      to: "submitted",
      by: "projectManager",
      needs: [],
      checks: "submission",
      effects: ["keepSubmittedVersion"],
      notify: ["reviewers"],
      course: "forward",
      opensPhase: "review",
      doneText: "submitted",
    },
    {
      name: "withdraw",
      from: ["draft", "submitted", "endorsed"],
      to: "withdrawn",
      by: "projectManager",
      needs: ["comment"],
      checks: "none",
      effects: [],
      notify: {
        fromStatus: { draft: [], submitted: ["reviewers"], endorsed: ["reviewers", "fundManagers"] },
      },
      course: "ends",
      sideStep: true,
      doneText: "withdrew",
    },
    {
      name: "endorse",
      from: ["submitted"],
      to: "endorsed",
      by: "regionalReviewer",
      needs: [],
      checks: "none",
      effects: [],
      notify: ["managers", "fundManagers"],
      course: "forward",
      decides: "regionalReview",
      doneText: "endorsed",
    },
    {
      name: "returnToDraft",
      from: ["submitted"],
      to: "draft",
      by: "regionalReviewer",
      needs: ["comment"],
      checks: "none",
      effects: [],
      notify: ["managers"],
      course: "back",
      decides: "regionalReview",
      doneText: "returned for revision",
    },
    {
      name: "notEndorse",
      from: ["submitted"],
      to: "rejected",
      by: "regionalReviewer",
      needs: ["comment"],
      checks: "none",
      effects: [],
      notify: ["managers"],
      course: "ends",
      decides: "regionalReview",
      doneText: "did not endorse",
    },
    {
      name: "returnToDraft",
      from: ["endorsed"],
      to: "draft",
      by: "fundManager",
      needs: ["comment"],
      checks: "none",
      effects: [],
      notify: ["managers", "reviewers"],
      course: "back",
      decides: "approval",
      doneText: "returned for revision",
    },
    {
      name: "approve",
      from: ["endorsed"],
      to: "approved",
      by: "fundManager",
      needs: ["approval"],
      checks: "approval",
      effects: ["setFunding", "syncReportSchedule"],
      notify: ["managers", "reviewers"],
      course: "forward",
      decides: "approval",
      opensPhase: "approved",
      doneText: "approved",
    },
    {
      name: "reject",
      from: ["endorsed"],
      to: "rejected",
      by: "fundManager",
      needs: ["comment"],
      checks: "none",
      effects: [],
      notify: ["managers", "reviewers"],
      course: "ends",
      decides: "approval",
      doneText: "rejected",
    },
    {
      // The PM starts implementation (the actual start date is the day it is fired).
      name: "start",
      from: ["approved"],
      to: "active",
      by: "projectManager",
      needs: [],
      checks: "none",
      effects: ["setActualStart", "syncReportSchedule"],
      notify: ["fundManagers"],
      course: "forward",
      opensPhase: "implementation",
      doneText: "started implementation of",
    },
    {
      name: "close",
      from: ["active"],
      to: "closed",
      by: "fundManager",
      needs: [],
      checks: "closure",
      effects: ["setActualEnd"],
      notify: ["managers", "reviewers"],
      course: "forward",
      opensPhase: "closed",
      doneText: "closed",
    },
  ],
};

/** The fund's life cycle, the one every project follows today. */
export const TRANSITIONS: readonly Transition[] = FUND_LIFE_CYCLE.transitions;

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

/*
 * Lookups read one life cycle, the fund's unless told otherwise (more in lifecycleFacts.ts): the
 * server and the web app derive every fact about a step from the table instead of naming steps.
 */

/** The one transition of that name that leaves this status, if any. */
export function findTransition(
  name: TransitionName,
  from: ProjectStatus,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): Transition | undefined {
  return lifeCycle.transitions.find((t) => t.name === name && t.from.includes(from));
}

export function transitionsFrom(status: ProjectStatus, lifeCycle: LifeCycle = FUND_LIFE_CYCLE): Transition[] {
  return lifeCycle.transitions.filter((t) => t.from.includes(status));
}

/** Where a proposal waits for someone other than its PM: what review turnaround measures. */
export const REVIEW_STATUSES: readonly ProjectStatus[] = [
  ...new Set(TRANSITIONS.filter((t) => t.decides).flatMap((t) => t.from)),
];

/** Statuses in which the proposal's content can still be edited by its managers. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ["draft"];

/** The role a user must hold to act as an actor (scope is checked by the policies). */
export const ACTOR_ROLE: Record<TransitionActor, Role> = {
  projectManager: "pm",
  regionalReviewer: "reviewer",
  fundManager: "fund_manager",
};

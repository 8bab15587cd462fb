/**
 * The life of a demo project: which status it has reached, the transitions that led there (each
 * one allowed by the life-cycle table of src/domain/lifecycle.ts, by a user of the right role),
 * and its planned and actual dates. Everything happens before DEMO_TODAY.
 */
import {
  type ProjectStatus,
  TRANSITIONS,
  type Transition,
  type TransitionActor,
  type TransitionName,
} from "../../../../domain/lifecycle";
import type { Random } from "../random";
import {
  addDays,
  DAY_MS,
  firstOfNextMonth,
  isoDate,
  lastDayAfterMonths,
  laterOf,
  monthsBetween,
  utcDate,
} from "./calendar";

/** The demo's "today", fixed so that the data are the same whenever they are generated. */
export const DEMO_TODAY = utcDate("2026-11-01");

export interface HistoryActors {
  pm: string;
  altPm: string | null;
  reviewer: string;
  fundManagers: readonly [string, ...string[]];
}

export interface PlannedTransition {
  /** null for the creation of the draft. */
  name: TransitionName | null;
  from: ProjectStatus | null;
  to: ProjectStatus;
  actorId: string;
  at: Date;
  comment: string;
}

export interface ProjectHistory {
  status: ProjectStatus;
  transitions: PlannedTransition[];
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

/** Old years are closed, the current one is in implementation, the next one in the pipeline. */
export function statusWeights(year: number): Partial<Record<ProjectStatus, number>> {
  if (year <= 2023) return { closed: 86, rejected: 7, withdrawn: 7 };
  if (year === 2024) return { closed: 48, active: 38, rejected: 8, withdrawn: 6 };
  if (year === 2025) return { active: 66, approved: 10, closed: 10, rejected: 8, withdrawn: 6 };
  return { draft: 24, submitted: 28, endorsed: 16, approved: 10, active: 4, rejected: 6, withdrawn: 6 };
}

const COMMENTS: Record<TransitionName | "create", readonly string[]> = {
  create: ["Proposal created"],
  submit: ["Submitted for regional review", "Submitted with the Government's letter of support"],
  withdraw: [
    "Withdrawn: the Government asked to postpone the project",
    "Withdrawn: another donor is now funding these activities",
    "Withdrawn by the project manager",
  ],
  endorse: [
    "Endorsed: in line with the regional strategy",
    "Endorsed; please keep the regional thematic specialist informed",
    "Endorsed",
  ],
  returnToDraft: [
    "Please clarify the results matrix and link each output to an indicator",
    "Please revise the budget: staff costs are above the fund's guidance",
    "Please attach the Government's letter of support",
  ],
  notEndorse: [
    "Not endorsed: overlaps with an ongoing project in the same country",
    "Not endorsed: the proposal does not show the Government's commitment",
  ],
  approve: [
    "Approved",
    "Approved; first instalment to be released",
    "Approved under the funding year's allocation",
  ],
  reject: [
    "Rejected: the funding year's allocation is exhausted",
    "Rejected: the country is not eligible under Article 4 this year",
  ],
  start: ["Implementation started", "Project activated; implementation under way"],
  close: ["Final narrative and financial reports accepted", "Closed after acceptance of the final reports"],
};

type Step = TransitionName | "create";

function transitionOf(name: TransitionName, from: ProjectStatus) {
  const transition = TRANSITIONS.find((t) => t.name === name && t.from.includes(from));
  if (!transition) throw new Error(`The life cycle has no "${name}" from ${from}`);
  return transition;
}

/** The proposal's steps, from creation to the decision that gives it its final status. */
function proposalSteps(random: Random, target: ProjectStatus): Step[] {
  const steps: Step[] = ["create"];
  if (target === "draft") {
    if (random.chance(0.25)) steps.push("submit", "returnToDraft");
    return steps;
  }
  if (random.chance(0.2)) {
    steps.push(
      ...(random.chance(0.7)
        ? (["submit", "returnToDraft"] as const)
        : (["submit", "endorse", "returnToDraft"] as const)),
    );
  }
  if (target === "withdrawn") {
    const stage = random.weighted({ draft: 4, submitted: 3, endorsed: 3 });
    if (stage !== "draft") steps.push("submit");
    if (stage === "endorsed") steps.push("endorse");
    steps.push("withdraw");
    return steps;
  }
  steps.push("submit");
  if (target === "submitted") return steps;
  if (target === "rejected") {
    steps.push(...(random.chance(0.55) ? (["notEndorse"] as const) : (["endorse", "reject"] as const)));
    return steps;
  }
  steps.push("endorse");
  if (target === "endorsed") return steps;
  steps.push("approve");
  return steps;
}

/** Days between a step and the one before it: preparing a submission, revising, deciding. */
const GAP_DAYS: Partial<Record<Step, [number, number]>> = {
  submit: [10, 45],
  returnToDraft: [5, 20],
  approve: [10, 40],
  reject: [10, 40],
};

function gapDays(random: Random, step: Step): number {
  const [min, max] = GAP_DAYS[step] ?? [7, 35];
  return random.int(min, max);
}

function atWorkingHour(random: Random, day: Date): Date {
  return new Date(day.getTime() + random.int(7 * 60, 17 * 60) * 60_000);
}

function actorFor(random: Random, by: TransitionActor | "creator", actors: HistoryActors): string {
  if (by === "creator") return actors.pm;
  if (by === "projectManager") return actors.altPm && random.chance(0.2) ? actors.altPm : actors.pm;
  if (by === "regionalReviewer") return actors.reviewer;
  return random.chance(0.7) ? actors.fundManagers[0] : random.pick(actors.fundManagers);
}

interface Schedule {
  plannedStart: Date;
  months: number;
}

function durationMonths(random: Random): number {
  return Number(random.weighted({ 6: 1, 9: 1, 12: 4, 18: 4, 24: 4, 30: 1, 36: 2 }));
}

export function planHistory(
  random: Random,
  year: number,
  target: ProjectStatus,
  actors: HistoryActors,
): ProjectHistory {
  const created = addDays(utcDate(`${year - 1}-10-01`), random.int(0, year >= 2026 ? 380 : 150));
  const steps = proposalSteps(random, target);
  const transitions: PlannedTransition[] = [];
  let status: ProjectStatus | null = null;
  let day = created;
  for (const step of steps) {
    if (step !== "create") day = addDays(day, gapDays(random, step));
    const transition: Transition | null = step === "create" ? null : transitionOf(step, status ?? "draft");
    // Awaiting an allocation: an approval still to be started is a recent one.
    if (transition?.to === "approved" && target === "approved") {
      day = laterOf(day, addDays(DEMO_TODAY, -random.int(10, 100)));
    }
    const resubmission = transition?.to === "submitted" && transitions.length > 1;
    transitions.push({
      name: transition?.name ?? null,
      from: status,
      to: transition?.to ?? "draft",
      actorId: actorFor(random, transition?.by ?? "creator", actors),
      at: atWorkingHour(random, day),
      comment: resubmission ? "Resubmitted with the requested changes" : random.pick(COMMENTS[step]),
    });
    status = transition?.to ?? "draft";
  }
  // Proposals of the coming year are still moving: bring the last step back before today.
  const last = transitions.at(-1)?.at ?? created;
  const latest = addDays(DEMO_TODAY, -random.int(2, 20));
  if (last > latest) {
    const days = Math.ceil((last.getTime() - latest.getTime()) / DAY_MS);
    for (const transition of transitions) transition.at = addDays(transition.at, -days);
  }
  const decided = transitions.at(-1)?.at ?? created;
  const funded = target === "approved" || target === "active" || target === "closed";
  const stillPlanned = target === "draft" || target === "submitted" || target === "endorsed";
  let plannedStart = firstOfNextMonth(addDays(decided, random.int(15, 75)));
  if (stillPlanned) plannedStart = laterOf(plannedStart, firstOfNextMonth(DEMO_TODAY, random.int(0, 3)));
  plannedStart = laterOf(plannedStart, utcDate(`${year}-01-01`));
  const schedule: Schedule = { plannedStart, months: durationMonths(random) };
  const history = (
    finalStatus: ProjectStatus,
    actualStart: Date | null,
    actualEnd: Date | null,
  ): ProjectHistory => ({
    status: finalStatus,
    transitions,
    plannedStart: isoDate(schedule.plannedStart),
    plannedEnd: isoDate(lastDayAfterMonths(schedule.plannedStart, schedule.months)),
    actualStart: actualStart ? isoDate(actualStart) : null,
    actualEnd: actualEnd ? isoDate(actualEnd) : null,
  });
  if (!funded || target === "approved") return history(status ?? "draft", null, null);
  return implement(random, target, schedule, transitions, actors, history);
}

/** Start and, for closed projects, end and closure: fitted so that both happen before today. */
function implement(
  random: Random,
  target: "active" | "closed",
  schedule: Schedule,
  transitions: PlannedTransition[],
  actors: HistoryActors,
  history: (status: ProjectStatus, actualStart: Date | null, actualEnd: Date | null) => ProjectHistory,
): ProjectHistory {
  const actualStart = addDays(schedule.plannedStart, random.int(0, 40));
  if (actualStart >= DEMO_TODAY) return history("approved", null, null);
  const record = (step: "start" | "close", from: ProjectStatus, day: Date) => {
    const transition = transitionOf(step, from);
    transitions.push({
      name: step,
      from,
      to: transition.to,
      actorId: actorFor(random, transition.by, actors),
      at: atWorkingHour(random, day),
      comment: random.pick(COMMENTS[step]),
    });
  };
  record("start", "approved", actualStart);
  const extension = random.chance(0.15) ? random.int(1, 3) : 0;
  const closingDays = random.int(30, 90);
  const monthsAvailable = monthsBetween(schedule.plannedStart, DEMO_TODAY) - extension - 4;
  const plannedEnd = () => lastDayAfterMonths(schedule.plannedStart, schedule.months);
  if (target === "closed" && monthsAvailable >= 6) {
    schedule.months = Math.min(schedule.months, monthsAvailable);
    const actualEnd = lastDayAfterMonths(schedule.plannedStart, schedule.months + extension);
    record("close", "active", addDays(actualEnd, closingDays));
    return history("closed", actualStart, actualEnd);
  }
  // Still running: the planned end lies ahead (a project runs 36 months at most).
  const needed = monthsBetween(schedule.plannedStart, DEMO_TODAY) + 1;
  if (plannedEnd() <= DEMO_TODAY) schedule.months = Math.min(36, Math.max(needed + random.int(0, 10), 6));
  return history("active", actualStart, null);
}

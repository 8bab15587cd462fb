/**
 * What the life-cycle table (lifecycle.ts) says about steps, looked up for the server and the
 * web app: who is told, which steps have an effect, lead where, open a phase or take a decision.
 * Each lookup reads one life cycle, the fund's unless told otherwise.
 */
import {
  type DecisionStage,
  FUND_LIFE_CYCLE,
  findTransition,
  type LifeCycle,
  type LifePhase,
  type Party,
  type ProjectStatus,
  type Transition,
  type TransitionCourse,
  type TransitionEffect,
  type TransitionName,
} from "./lifecycle";

/**
 * The entries of a name (a name taken from two statuses by two actors has two, as returnToDraft).
 * Takes any string, since recorded history also holds the creation, which is no step.
 */
function transitionsNamed(name: string | null, lifeCycle: LifeCycle): Transition[] {
  return lifeCycle.transitions.filter((t) => t.name === name);
}

function uniqueNames(transitions: readonly Transition[]): TransitionName[] {
  return [...new Set(transitions.map((t) => t.name))];
}

/** Who is told of a step taken from this status, as the table says. */
export function partiesConcerned(
  name: TransitionName,
  from: ProjectStatus,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): readonly Party[] {
  const notify = findTransition(name, from, lifeCycle)?.notify ?? [];
  return "fromStatus" in notify ? (notify.fromStatus[from] ?? []) : notify;
}

/** The steps that have this effect, e.g. the ones that fund a project. */
export function stepsWithEffect(
  effect: TransitionEffect,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): TransitionName[] {
  return uniqueNames(lifeCycle.transitions.filter((t) => t.effects.includes(effect)));
}

export function hasEffect(
  name: string | null,
  effect: TransitionEffect,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): boolean {
  return transitionsNamed(name, lifeCycle).some((t) => t.effects.includes(effect));
}

/** The steps that lead this way: forward, back for revision, or to a proposal's end. */
export function stepsOnCourse(
  course: TransitionCourse,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): TransitionName[] {
  return uniqueNames(lifeCycle.transitions.filter((t) => t.course === course));
}

/** The steps that end a proposal's life before funding: no later phase follows them. */
export function endingSteps(lifeCycle: LifeCycle = FUND_LIFE_CYCLE): TransitionName[] {
  return stepsOnCourse("ends", lifeCycle);
}

/** The phase of the project's life a step begins, if any. */
export function phaseOpenedBy(
  name: string | null,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): LifePhase | undefined {
  return transitionsNamed(name, lifeCycle).find((t) => t.opensPhase)?.opensPhase;
}

/** The decisions of one stage that leave one status: a proposal's wait there ends with one of them. */
export interface DecisionSteps {
  stage: DecisionStage;
  from: ProjectStatus;
  transitions: TransitionName[];
}

/** The decision steps review turnaround counts, by stage and the status they leave, in table order. */
export function decisionSteps(lifeCycle: LifeCycle = FUND_LIFE_CYCLE): DecisionSteps[] {
  const groups: DecisionSteps[] = [];
  for (const t of lifeCycle.transitions) {
    if (!t.decides) continue;
    for (const from of t.from) {
      const group = groups.find((g) => g.stage === t.decides && g.from === from);
      if (group) group.transitions.push(t.name);
      else groups.push({ stage: t.decides, from, transitions: [t.name] });
    }
  }
  return groups;
}

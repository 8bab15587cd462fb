/**
 * SQL fragments read from the life-cycle table (domain/lifecycle.ts), so that no query names a
 * step: the lists of steps are bound values taken from the table.
 */
import { type SQL, sql } from "drizzle-orm";
import { FUND_LIFE_CYCLE, type LifeCycle, type TransitionName } from "../../../domain/lifecycle";
import { type DecisionSteps, decisionSteps } from "../../../domain/lifecycleFacts";

/** `(v1, v2, …)`: a list of bound values for `in`. */
export function valueList(values: readonly string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/** The columns of a recorded step (a row of project_transitions) a fragment reads. */
export interface StepColumns {
  fromStatus: SQL;
  transition: SQL;
}

function isDecisionOf(step: StepColumns, group: DecisionSteps): SQL {
  return sql`(${step.fromStatus} = ${group.from} and ${step.transition} in ${valueList(group.transitions)})`;
}

/**
 * What review turnaround counts: whether a recorded step is a decision on a proposal waiting for
 * it, and the stage it decides ('regionalReview' or 'approval'), from the table's `decides`.
 */
export function decisionSql(
  step: StepColumns,
  lifeCycle: LifeCycle = FUND_LIFE_CYCLE,
): { isDecision: SQL; stage: SQL } {
  const groups = decisionSteps(lifeCycle);
  return {
    isDecision: sql`(${sql.join(
      groups.map((g) => isDecisionOf(step, g)),
      sql` or `,
    )})`,
    stage: sql`case ${sql.join(
      groups.map((g) => sql`when ${isDecisionOf(step, g)} then ${g.stage}::text`),
      sql` `,
    )} end`,
  };
}

/** Whether a recorded step is one of these (`transition in (…)`). */
export function isStepIn(transition: SQL, names: readonly TransitionName[]): SQL {
  return sql`${transition} in ${valueList(names)}`;
}

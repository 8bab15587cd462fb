/**
 * What the named effects of the life-cycle table (domain/lifecycle.ts `effects`) do, so that
 * fireTransition runs a step's effects without knowing which step it is. An effect changes the
 * project's row along with its status, or what is filed with the step, or, once the row holds
 * the new status, what hangs off the project.
 */
import type { TransitionEffect } from "../../../domain/lifecycle";
import { formatMoney } from "../../../domain/money";
import type { TransitionInput } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import type { projects } from "../../db/schema";
import { approveBudgetYears } from "../projects/budgetYears";
import type { ProjectRecord } from "../projects/loadProject";
import { projectSnapshot } from "../projects/projectSnapshot";
import { syncReportSchedule } from "../reports/syncReportSchedule";
import { fundingDecision } from "./transitionChecks";

/** The step being taken: the project as it was, what the user sent, and when. */
export interface StepContext {
  current: ProjectRecord;
  input: TransitionInput;
  now: Date;
}

/** What the step writes: the project's new fields, and the decision and snapshot filed with it. */
export interface StepChanges {
  set: Partial<typeof projects.$inferInsert>;
  details: Record<string, unknown> | null;
  snapshot: Record<string, unknown> | null;
}

interface EffectRun {
  /** Before the project's row is written. */
  change?: (step: StepContext, changes: StepChanges) => void;
  /** After it is written, in the same transaction. */
  follow?: (tx: DbOrTx, step: StepContext) => Promise<unknown>;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const EFFECTS: Record<TransitionEffect, EffectRun> = {
  keepSubmittedVersion: {
    // What the reviewer reviews: compared with the next submission to show what changed.
    change: (step, changes) => {
      changes.snapshot = projectSnapshot(step.current);
    },
  },
  setFunding: {
    change: (step, changes) => {
      const { fundLine, approvedBudgetCents } = fundingDecision(step.input);
      changes.set.fundLine = fundLine;
      changes.set.approvedBudgetCents = approvedBudgetCents;
      changes.details = {
        approvedBudget: formatMoney(approvedBudgetCents),
        fundLine,
        previousFundLine: step.current.row.fundLine,
      };
    },
    follow: (tx, step) =>
      approveBudgetYears(tx, step.current, fundingDecision(step.input).approvedBudgetCents),
  },
  setActualStart: {
    change: (step, changes) => {
      changes.set.actualStart = isoDay(step.now);
    },
  },
  setActualEnd: {
    change: (step, changes) => {
      changes.set.actualEnd = step.current.row.actualEnd ?? isoDay(step.now);
    },
  },
  syncReportSchedule: {
    follow: (tx, step) => syncReportSchedule(tx, step.current.row.id, step.now),
  },
};

/** The writes of a step that moves the project to `to` with these effects. */
export function stepChanges(
  effects: readonly TransitionEffect[],
  step: StepContext,
  to: ProjectRecord["row"]["status"],
): StepChanges {
  const changes: StepChanges = { set: { status: to }, details: null, snapshot: null };
  for (const effect of effects) EFFECTS[effect].change?.(step, changes);
  return changes;
}

/** The effects' work on what hangs off the project, once its row holds the new status. */
export async function followStep(
  tx: DbOrTx,
  effects: readonly TransitionEffect[],
  step: StepContext,
): Promise<void> {
  for (const effect of effects) await EFFECTS[effect].follow?.(tx, step);
}

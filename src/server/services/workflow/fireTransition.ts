/**
 * Moves a project one step through its life cycle (domain/lifecycle.ts): checks who may, what
 * the step needs and the fund's rules (every failure at once), then records the step, its
 * comment and decision, notifies the people concerned and queues their e-mail, in one
 * transaction. A decision taken on a stale page is refused with 409, like an edit.
 */
import { and, eq, sql } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import { findTransition } from "../../../domain/lifecycle";
import type { TransitionInput } from "../../../domain/workflow";
import type { Db } from "../../db/client";
import { projects, projectTransitions } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { fireRefusal } from "../../policies/workflow";
import { presentProject } from "../../presenters/project";
import { recordAudit } from "../audit/recordAudit";
import { loadProject, type ProjectRecord } from "../projects/loadProject";
import { checkStep } from "./transitionChecks";
import { followStep, type StepContext, stepChanges } from "./transitionEffects";

const STALE_MESSAGE =
  "This project changed after you opened it (someone else acted on it or edited it). Nothing was done; reload to see where it stands.";

function requiredFields(input: TransitionInput, needs: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (needs.includes("comment") && input.comment === "") {
    errors.push({
      field: "comment",
      code: "commentRequired",
      message: "Explain your decision: the project manager will read this comment",
    });
  }
  if (needs.includes("approval")) {
    if (input.approvedBudget === undefined) {
      errors.push({ field: "approvedBudget", code: "required", message: "Enter the approved amount" });
    }
    if (input.fundLine === undefined) {
      errors.push({ field: "fundLine", code: "required", message: "Choose the fund line" });
    }
  }
  return errors;
}

export async function fireTransition(
  db: Db,
  actor: Actor,
  id: string,
  input: TransitionInput,
  now: Date,
  mail: MailSettings,
): Promise<ProjectRecord> {
  return db.transaction(async (tx) => {
    const current = await loadProject(tx, id);
    if (!current) throw new NotFound("This project");
    authorize(actor, "readProject", current.row);
    const { row } = current;
    const transition = findTransition(input.transition, row.status);
    // Someone who may never take this step learns that first, whatever their page shows.
    if (transition) authorize(actor, "fireTransition", { project: row, transition });
    if (row.version !== input.version) {
      throw new Conflict(STALE_MESSAGE, { current: presentProject(actor, current) });
    }
    if (!transition) {
      throw new Conflict(fireRefusal(input.transition, row), { current: presentProject(actor, current) });
    }
    const missing = requiredFields(input, transition.needs);
    if (missing.length > 0) throw new Invalid(missing);
    await checkStep(tx, transition.checks, current, input);

    const step: StepContext = { current, input, now };
    const { set, details, snapshot } = stepChanges(transition.effects, step, transition.to);
    const updated = await tx
      .update(projects)
      .set({ ...set, updatedAt: now, version: sql`${projects.version} + 1` })
      .where(and(eq(projects.id, id), eq(projects.version, input.version)))
      .returning({ id: projects.id });
    // A concurrent transaction may have acted between our read and our write.
    if (updated.length === 0) {
      const latest = (await loadProject(tx, id)) as ProjectRecord;
      throw new Conflict(STALE_MESSAGE, { current: presentProject(actor, latest) });
    }
    await followStep(tx, transition.effects, step);
    const [recorded] = await tx
      .insert(projectTransitions)
      .values({
        projectId: id,
        transition: input.transition,
        fromStatus: row.status,
        toStatus: transition.to,
        actorId: actor.id,
        at: now,
        comment: input.comment,
        details,
        snapshot,
      })
      .returning({ id: projectTransitions.id });
    const after = (await loadProject(tx, id)) as ProjectRecord;
    if (!recorded) throw new Error("insert returned no row");
    await recordEvent(
      tx,
      { projectId: id, actorId: actor.id, at: now },
      {
        kind: "projectTransitioned",
        payload: {
          transitionId: recorded.id,
          transition: input.transition,
          from: row.status,
          to: transition.to,
          comment: input.comment,
          details: details ?? null,
        },
      },
      mail,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: id,
      action: "transition",
      before: { status: row.status },
      after: { status: transition.to, transition: input.transition, ...(details ?? {}) },
      at: now,
    });
    return after;
  });
}

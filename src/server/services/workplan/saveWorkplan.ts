/**
 * Saves a project's workplan as a whole list of milestones, in one transaction with its audit
 * and domain events.
 */
import { randomUUID } from "node:crypto";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import type { FieldError } from "../../../domain/errors";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import type { WorkplanData } from "../../../domain/workplan";
import type { Db } from "../../db/client";
import { milestones, projects, workplans } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import type { WorkplanPolicies } from "../../policies/planPolicies";
import { presentWorkplan } from "../../presenters/workplan";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import { loadWorkplan, type WorkplanView } from "./loadWorkplan";

/** Whoever was just allowed to save may edit what they saved. */
const EDITABLE: WorkplanPolicies = { edit: true };

const STALE_MESSAGE =
  "Someone else changed this workplan after you opened it. Nothing was saved; reload to see their changes.";

/**
 * Saves the whole list of milestones: items without an id are new, existing ones left out are
 * deleted. A milestone cannot be reached on a day that has not come yet (today in UTC).
 */
export async function saveWorkplan(
  db: Db,
  actor: Actor,
  projectId: string,
  input: WorkplanData,
  now: Date,
): Promise<WorkplanView> {
  return db.transaction(async (tx) => {
    const project = await loadProjectScope(tx, projectId);
    if (!project) throw new NotFound("This project");
    authorize(actor, "editWorkplan", project);
    await tx.insert(workplans).values({ projectId }).onConflictDoNothing();
    const [locked] = await tx
      .select({ version: workplans.version })
      .from(workplans)
      .where(eq(workplans.projectId, projectId))
      .for("update");
    if (!locked || locked.version !== input.version) {
      throw new Conflict(STALE_MESSAGE, {
        current: presentWorkplan(await loadWorkplan(tx, projectId), EDITABLE),
      });
    }
    const before = await loadWorkplan(tx, projectId);
    const [dates] = await tx
      .select({ end: projects.plannedEnd })
      .from(projects)
      .where(eq(projects.id, projectId));
    // A milestone belongs to the project: it cannot be planned after its (extended) end date.
    const end = dates?.end ?? "";
    const known = new Set(before.milestones.map((m) => m.id));
    const today = dayOf(now);
    const errors: FieldError[] = [];
    input.milestones.forEach((m, index) => {
      if (m.id && !known.has(m.id)) {
        errors.push({
          field: `milestones.${index}.id`,
          code: "unknownId",
          message: "This milestone is not part of this workplan",
        });
      }
      if (m.plannedDate > end) {
        errors.push({
          field: `milestones.${index}.plannedDate`,
          code: "afterProjectEnd",
          message: `A milestone is planned on or before the project's end date (${end})`,
          params: { end },
        });
      }
      if (m.actualDate && m.actualDate > today) {
        errors.push({
          field: `milestones.${index}.actualDate`,
          code: "actualInFuture",
          message: "A milestone cannot have been reached after today",
          params: { today },
        });
      }
    });
    if (errors.length > 0) throw new Invalid(errors);

    const rows = input.milestones.map((m, sort) => ({
      id: m.id ?? randomUUID(),
      projectId,
      title: m.title,
      plannedDate: m.plannedDate,
      actualDate: m.actualDate,
      sort,
    }));
    if (rows.length > 0) {
      await tx
        .insert(milestones)
        .values(rows)
        .onConflictDoUpdate({
          target: milestones.id,
          set: {
            title: sql`excluded.title`,
            plannedDate: sql`excluded.planned_date`,
            actualDate: sql`excluded.actual_date`,
            sort: sql`excluded.sort`,
          },
        });
    }
    const kept = rows.map((r) => r.id);
    await tx
      .delete(milestones)
      .where(
        and(
          eq(milestones.projectId, projectId),
          kept.length > 0 ? notInArray(milestones.id, kept) : undefined,
        ),
      );
    const [saved] = await tx
      .update(workplans)
      .set({ version: sql`${workplans.version} + 1`, updatedAt: now, updatedById: actor.id })
      .where(eq(workplans.projectId, projectId))
      .returning({ version: workplans.version });
    const reached = (list: { actualDate: string | null }[]) => list.filter((m) => m.actualDate).length;
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: projectId,
      action: "workplan",
      before: {
        version: before.version,
        milestones: before.milestones.length,
        reached: reached(before.milestones),
      },
      after: { version: saved?.version, milestones: rows.length, reached: reached(rows) },
      at: now,
    });
    await recordEvent(
      tx,
      { projectId, actorId: actor.id, at: now },
      {
        kind: "workplanSaved",
        payload: { version: saved?.version, milestones: rows.length, reached: reached(rows) },
      },
    );
    return { workplan: await loadWorkplan(tx, projectId), can: EDITABLE };
  });
}

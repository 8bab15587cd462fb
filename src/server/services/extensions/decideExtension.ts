/**
 * The fund manager approves or refuses an extension request. Approval moves the project's
 * planned end and brings its reporting schedule in line (pending reports move, new interim
 * periods appear, reports already submitted stay as they are), all in one transaction with the
 * audit event and the notices to the project's managers.
 */
import { and, eq, sql } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import { checkRequestedEnd, type ExtensionDecisionInput } from "../../../domain/extensions";
import type { Db } from "../../db/client";
import { extensions, projects } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize, can } from "../../policies/authorize";
import { presentExtension } from "../../presenters/extension";
import { recordAudit } from "../audit/recordAudit";
import { checkDecidable } from "../decisions/checkDecidable";
import { extendBudgetYears } from "../projects/budgetYears";
import { loadProject } from "../projects/loadProject";
import { syncReportSchedule } from "../reports/syncReportSchedule";
import { type ExtensionRecord, loadExtensions } from "./loadExtensions";

export async function decideExtension(
  db: Db,
  actor: Actor,
  extensionId: string,
  input: ExtensionDecisionInput,
  now: Date,
  mail: MailSettings,
): Promise<ExtensionRecord> {
  const comment = (input.comment ?? "").trim();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(extensions).where(eq(extensions.id, extensionId)).for("update");
    const current = row ? await loadProject(tx, row.projectId) : null;
    if (!row || !current || !can(actor, "readProject", current.row))
      throw new NotFound("This extension request");
    const project = current.row;
    authorize(actor, "decideExtension", project);
    const loadCurrent = async () => (await loadExtensions(tx, { id: row.id }))[0] as ExtensionRecord;
    const presentCurrent = async () => presentExtension(await loadCurrent());
    await checkDecidable(row, input, comment, presentCurrent);
    const approve = input.decision === "approve";
    // The end date cannot have moved while a request was open, unless someone changed it by hand.
    if (approve && checkRequestedEnd(project, row.requestedEnd).length > 0) {
      throw new Conflict(
        `The project's planned end (${project.plannedEnd}) changed since the request; the requested end no longer fits. Refuse it and ask for a new request.`,
        { current: await presentCurrent() },
      );
    }

    await tx
      .update(extensions)
      .set({
        status: approve ? "approved" : "refused",
        decidedById: actor.id,
        decidedAt: now,
        decisionComment: comment,
        version: sql`${extensions.version} + 1`,
      })
      .where(and(eq(extensions.id, row.id), eq(extensions.version, input.version)));

    let schedule: { moved: number; added: number; removed: number } | null = null;
    if (approve) {
      await tx
        .update(projects)
        .set({ plannedEnd: row.requestedEnd, updatedAt: now, version: sql`${projects.version} + 1` })
        .where(eq(projects.id, project.id));
      await extendBudgetYears(tx, current, row.requestedEnd);
      const changes = await syncReportSchedule(tx, project.id, now);
      schedule = { moved: changes.move.length, added: changes.insert.length, removed: changes.remove.length };
    }
    const decision = {
      plannedEnd: approve ? row.requestedEnd : project.plannedEnd,
      extensionId: row.id,
      previousEnd: row.previousEnd,
      requestedEnd: row.requestedEnd,
      comment,
      ...(schedule ? { reports: schedule } : {}),
    };
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: project.id,
      action: approve ? "extensionApproved" : "extensionRefused",
      before: { plannedEnd: project.plannedEnd },
      after: decision,
      at: now,
    });
    await recordEvent(
      tx,
      { projectId: project.id, actorId: actor.id, at: now },
      approve
        ? { kind: "extensionApproved", payload: decision }
        : { kind: "extensionRefused", payload: decision },
      mail,
    );
    return loadCurrent();
  });
}

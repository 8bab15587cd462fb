/**
 * The fund manager approves or refuses a budget revision. Approval checks the fund's rules again
 * (the envelope's row locked) and makes the revised budget current: the approved amount, the
 * shares and the approved years, the revision keeping the budget before and after. All in one
 * transaction with the audit event and the notices to the project's managers.
 */

import { and, eq, sql } from "drizzle-orm";
import { splitOrDefault } from "../../../domain/annualSplit";
import { Conflict, NotFound } from "../../../domain/errors";
import { formatMoney } from "../../../domain/money";
import type { RevisionDecisionInput } from "../../../domain/revisions";
import type { Db } from "../../db/client";
import { budgetRevisions, projectActivityShares, projectAreaShares, projects } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize, can } from "../../policies/authorize";
import { presentRevision } from "../../presenters/revision";
import { recordAudit } from "../audit/recordAudit";
import { checkDecidable } from "../decisions/checkDecidable";
import { loadBudgetYears, writeBudgetYears } from "../projects/budgetYears";
import { loadProject } from "../projects/loadProject";
import { checkRevisionRules, currentBudget, loadRevisions, type RevisionRecord } from "./loadRevisions";

export async function decideRevision(
  db: Db,
  actor: Actor,
  revisionId: string,
  input: RevisionDecisionInput,
  now: Date,
  mail: MailSettings,
): Promise<RevisionRecord> {
  const comment = (input.comment ?? "").trim();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(budgetRevisions)
      .where(eq(budgetRevisions.id, revisionId))
      .for("update");
    const current = row ? await loadProject(tx, row.projectId) : null;
    if (!row || !current || !can(actor, "readProject", current.row))
      throw new NotFound("This budget revision");
    const project = current.row;
    authorize(actor, "decideRevision", project);
    const loadCurrent = async () => (await loadRevisions(tx, { id: row.id }))[0] as RevisionRecord;
    const presentCurrent = async () => presentRevision(await loadCurrent());
    await checkDecidable(row, input, comment, presentCurrent);
    const approve = input.decision === "approve";
    const before = await currentBudget(tx, current);
    const after = row.after;
    if (approve) {
      // The dates may have moved since the request (an extension): its years no longer fit.
      const periods = before.years.map((y) => `${y.start}/${y.end}`).join();
      if (after.years.map((y) => `${y.start}/${y.end}`).join() !== periods) {
        throw new Conflict(
          "The project's dates changed since the request, so its years no longer fit. Refuse it and ask for a new request.",
          { current: await presentCurrent() },
        );
      }
      await checkRevisionRules(tx, current, before.totalCents, after.totalCents);
    }

    await tx
      .update(budgetRevisions)
      .set({
        status: approve ? "approved" : "refused",
        // The budget it replaced, as it stood when the decision was taken.
        before,
        previousCents: before.totalCents,
        decidedById: actor.id,
        decidedAt: now,
        decisionComment: comment,
        version: sql`${budgetRevisions.version} + 1`,
      })
      .where(and(eq(budgetRevisions.id, row.id), eq(budgetRevisions.version, input.version)));

    if (approve) {
      await tx
        .update(projects)
        .set({
          approvedBudgetCents: after.totalCents,
          updatedAt: now,
          version: sql`${projects.version} + 1`,
        })
        .where(eq(projects.id, project.id));
      await tx.delete(projectAreaShares).where(eq(projectAreaShares.projectId, project.id));
      await tx.insert(projectAreaShares).values(
        after.areaShares.map((s) => ({
          projectId: project.id,
          areaCode: s.code,
          shareHundredths: s.shareHundredths,
        })),
      );
      await tx.delete(projectActivityShares).where(eq(projectActivityShares.projectId, project.id));
      await tx.insert(projectActivityShares).values(
        after.activityShares.map((s) => ({
          projectId: project.id,
          activityCode: s.code,
          shareHundredths: s.shareHundredths,
        })),
      );
      // The requested years stay as planned (or the split by days of the requested total).
      const planned = (await loadBudgetYears(tx, [project.id])).get(project.id);
      const requested = splitOrDefault(
        project.requestedBudgetCents,
        project.plannedStart,
        project.plannedEnd,
        planned?.requested.length ? planned.requested : null,
      ).map((y) => y.cents);
      await writeBudgetYears(
        tx,
        project.id,
        requested,
        after.years.map((y) => y.cents),
      );
    }
    const payload = {
      revisionId: row.id,
      previousTotal: formatMoney(before.totalCents),
      newTotal: formatMoney(after.totalCents),
      comment,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: project.id,
      action: approve ? "revisionApproved" : "revisionRefused",
      before: { approvedBudget: payload.previousTotal, budget: before },
      after: approve ? { ...payload, budget: after } : payload,
      at: now,
    });
    await recordEvent(
      tx,
      { projectId: project.id, actorId: actor.id, at: now },
      approve ? { kind: "revisionApproved", payload } : { kind: "revisionRefused", payload },
      mail,
    );
    return loadCurrent();
  });
}

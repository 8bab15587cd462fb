/**
 * A project's manager asks for a budget revision: a new total, shares and years, checked like
 * the project form and against the fund's rules (ceilings, and the envelope for an increase), one
 * open request at a time, filed in the project's history and sent to the fund manager, in one
 * transaction.
 */
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import { formatMoney } from "../../../domain/money";
import { proposedSnapshot, type RevisionRequestInput, sameBudget } from "../../../domain/revisions";
import type { Db } from "../../db/client";
import { budgetRevisions } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { violates } from "../extensions/loadExtensions";
import { loadProject } from "../projects/loadProject";
import { checkShareCodes } from "./checkShareCodes";
import {
  checkRevisionRules,
  currentBudget,
  loadRevisions,
  openRevision,
  type RevisionRecord,
  type RevisionRow,
} from "./loadRevisions";

const OPEN_REQUEST = "This project already has a budget revision waiting for the fund's decision";

function openRequestExists() {
  return new Conflict(OPEN_REQUEST, {
    fields: [{ field: "newTotal", code: "openRequestExists", message: OPEN_REQUEST }],
  });
}

export async function requestRevision(
  db: Db,
  actor: Actor,
  projectId: string,
  input: RevisionRequestInput,
  now: Date,
  mail: MailSettings,
): Promise<RevisionRecord> {
  try {
    return await db.transaction(async (tx) => {
      const current = await loadProject(tx, projectId);
      if (!current) throw new NotFound("This project");
      authorize(actor, "readProject", current.row);
      authorize(actor, "requestRevision", current.row);
      if (await openRevision(tx, projectId)) throw openRequestExists();
      const unknown = await checkShareCodes(tx, input);
      const { snapshot: after, failures } = proposedSnapshot(current.row, input);
      if (unknown.length > 0 || !after) throw new Invalid([...unknown, ...failures]);
      const before = await currentBudget(tx, current);
      if (sameBudget(before, after)) {
        throw new Invalid([
          {
            field: "newTotal",
            code: "revisionUnchanged",
            message: "The revised budget is the same as the current one: change the total, a share or a year",
          },
        ]);
      }
      await checkRevisionRules(tx, current, before.totalCents, after.totalCents);

      const [created] = (await tx
        .insert(budgetRevisions)
        .values({
          projectId,
          previousCents: before.totalCents,
          newCents: after.totalCents,
          before,
          after,
          justification: input.justification.trim(),
          requestedById: actor.id,
          requestedAt: now,
        })
        .returning()) as [RevisionRow];
      const payload = {
        revisionId: created.id,
        previousTotal: formatMoney(before.totalCents),
        newTotal: formatMoney(after.totalCents),
        justification: created.justification,
      };
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "project",
        entityId: projectId,
        action: "revisionRequested",
        before: { approvedBudget: payload.previousTotal },
        after: { ...payload, budget: after },
        at: now,
      });
      await recordEvent(
        tx,
        { projectId, actorId: actor.id, at: now },
        { kind: "revisionRequested", payload },
        mail,
      );
      const [record] = await loadRevisions(tx, { id: created.id });
      return record as RevisionRecord;
    });
  } catch (error) {
    // Two requests at the same moment: the partial unique index lets one through.
    if (violates(error, "budget_revisions_one_open_idx")) throw openRequestExists();
    throw error;
  }
}

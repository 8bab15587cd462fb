/**
 * A project's manager asks for a later end date: checked against the current planned end and
 * the fund's longest duration, one open request at a time, filed in the project's history and
 * sent to the fund manager, in one transaction.
 */

import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import { checkRequestedEnd, type ExtensionRequestInput } from "../../../domain/extensions";
import type { Db } from "../../db/client";
import { extensions } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadProject } from "../projects/loadProject";
import {
  type ExtensionRecord,
  type ExtensionRow,
  loadExtensions,
  openRequest,
  violates,
} from "./loadExtensions";

const OPEN_REQUEST = "This project already has an extension request waiting for the fund's decision";

function openRequestExists() {
  return new Conflict(OPEN_REQUEST, {
    fields: [{ field: "requestedEnd", code: "openRequestExists", message: OPEN_REQUEST }],
  });
}

export async function requestExtension(
  db: Db,
  actor: Actor,
  projectId: string,
  input: ExtensionRequestInput,
  now: Date,
  mail: MailSettings,
): Promise<ExtensionRecord> {
  try {
    return await db.transaction(async (tx) => {
      const current = await loadProject(tx, projectId);
      if (!current) throw new NotFound("This project");
      authorize(actor, "readProject", current.row);
      const project = current.row;
      authorize(actor, "requestExtension", project);
      if (await openRequest(tx, projectId)) throw openRequestExists();
      const failures = checkRequestedEnd(project, input.requestedEnd);
      if (failures.length > 0) throw new Invalid(failures);

      const [created] = (await tx
        .insert(extensions)
        .values({
          projectId,
          previousEnd: project.plannedEnd,
          requestedEnd: input.requestedEnd,
          justification: input.justification,
          requestedById: actor.id,
          requestedAt: now,
        })
        .returning()) as [ExtensionRow];
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "project",
        entityId: projectId,
        action: "extensionRequested",
        before: { plannedEnd: project.plannedEnd },
        after: {
          extensionId: created.id,
          previousEnd: created.previousEnd,
          requestedEnd: created.requestedEnd,
          justification: created.justification,
        },
        at: now,
      });
      await recordEvent(
        tx,
        { projectId, actorId: actor.id, at: now },
        {
          kind: "extensionRequested",
          payload: {
            extensionId: created.id,
            previousEnd: created.previousEnd,
            requestedEnd: created.requestedEnd,
            justification: created.justification,
          },
        },
        mail,
      );
      const [record] = await loadExtensions(tx, { id: created.id });
      return record as ExtensionRecord;
    });
  } catch (error) {
    // Two requests at the same moment: the partial unique index lets one through.
    if (violates(error, "extensions_one_open_idx")) throw openRequestExists();
    throw error;
  }
}

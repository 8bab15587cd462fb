/**
 * A PM edits a draft. The edit names the version it started from; if someone saved in between,
 * nothing is written and the caller gets 409 with the current record (never a silent overwrite).
 */
import { and, eq, sql } from "drizzle-orm";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import type { ProjectData } from "../../../domain/project";
import type { Db } from "../../db/client";
import { projects } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentProject } from "../../presenters/project";
import { changedFields, recordAudit } from "../audit/recordAudit";
import { savePlannedYears } from "./budgetYears";
import { checkProjectReferences } from "./checkProjectReferences";
import { loadProject, type ProjectRecord } from "./loadProject";
import { projectColumns } from "./projectColumns";
import { projectSnapshot } from "./projectSnapshot";
import { writeProjectParts } from "./writeProjectParts";

const STALE_MESSAGE =
  "Someone else saved this project after you opened it. Your changes were not saved; reload to see the latest version.";

export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  data: ProjectData & { version: number },
  now: Date,
): Promise<ProjectRecord> {
  return db.transaction(async (tx) => {
    const current = await loadProject(tx, id);
    if (!current) throw new NotFound("This project");
    authorize(actor, "readProject", current.row);
    authorize(actor, "updateProject", current.row);
    if (current.row.version !== data.version) {
      throw new Conflict(STALE_MESSAGE, { current: presentProject(actor, current) });
    }
    // Absent means "unchanged" for both people; null removes the alternate.
    const pmId = data.pmId ?? current.row.pmId ?? actor.id;
    const altPmId = data.altPmId === undefined ? current.row.altPmId : data.altPmId;
    if (pmId !== current.row.pmId || altPmId !== current.row.altPmId) {
      authorize(actor, "assignManagers", current.row);
    }
    const { errors, region } = await checkProjectReferences(tx, data, {
      pmId,
      altPmId,
      selfId: id,
      previousFundingYear: current.row.fundingYear,
    });
    if (errors.length > 0) throw new Invalid(errors);

    const updated = await tx
      .update(projects)
      .set({
        ...projectColumns(data, { region, pmId, altPmId }),
        updatedAt: now,
        version: sql`${projects.version} + 1`,
      })
      .where(and(eq(projects.id, id), eq(projects.version, data.version)))
      .returning({ id: projects.id });
    // A concurrent transaction may have saved between our read and our write.
    if (updated.length === 0) {
      const latest = (await loadProject(tx, id)) as ProjectRecord;
      throw new Conflict(STALE_MESSAGE, { current: presentProject(actor, latest) });
    }
    await writeProjectParts(tx, id, data, true);
    const planned = current.budgetYears.map((y) => y.requested);
    await savePlannedYears(
      tx,
      id,
      projectColumns(data, { region, pmId, altPmId }),
      data.budgetYears,
      planned,
    );
    const after = (await loadProject(tx, id)) as ProjectRecord;
    const changes = changedFields(projectSnapshot(current), projectSnapshot(after));
    const before = Object.fromEntries(Object.entries(changes).map(([k, [b]]) => [k, b]));
    const edited = Object.fromEntries(Object.entries(changes).map(([k, [, a]]) => [k, a]));
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: id,
      action: "update",
      before,
      after: edited,
      at: now,
    });
    await recordEvent(
      tx,
      { projectId: id, actorId: actor.id, at: now },
      { kind: "projectEdited", payload: { before, after: edited } },
    );
    return after;
  });
}

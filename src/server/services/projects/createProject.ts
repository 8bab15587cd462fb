/** A PM starts a proposal: a draft with the next project code, its parts, history and audit. */
import { sql } from "drizzle-orm";
import { Invalid } from "../../../domain/errors";
import type { ProjectData } from "../../../domain/project";
import { projectCode } from "../../../domain/projectCode";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { projects, projectTransitions } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { savePlannedYears } from "./budgetYears";
import { checkProjectReferences } from "./checkProjectReferences";
import { loadProject, type ProjectRecord } from "./loadProject";
import { projectColumns } from "./projectColumns";
import { projectSnapshot } from "./projectSnapshot";
import { writeProjectParts } from "./writeProjectParts";

export async function createProject(
  db: Db,
  actor: Actor,
  data: ProjectData,
  now: Date,
): Promise<ProjectRecord> {
  authorize(actor, "createProject");
  return db.transaction(async (tx) => {
    const pmId = data.pmId ?? actor.id;
    const altPmId = data.altPmId ?? null;
    const { errors, region } = await checkProjectReferences(tx, data, {
      pmId,
      altPmId,
      selfId: null,
      previousFundingYear: null,
    });
    if (actor.id !== pmId && actor.id !== altPmId) {
      errors.push({
        field: "pmId",
        code: "creatorNotManager",
        message: "You must be the PM or the alternate PM of a proposal you start",
      });
    }
    if (errors.length > 0) throw new Invalid(errors);

    const seqResult = await rowsOf<{ seq: string }>(
      tx.execute(sql`select nextval('project_code_seq')::text as seq`),
    );
    const seq = Number(seqResult.rows[0]?.seq);
    const [row] = await tx
      .insert(projects)
      .values({
        code: projectCode(data.fundingYear, seq),
        ...projectColumns(data, { region, pmId, altPmId }),
        status: "draft",
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: projects.id });
    if (!row) throw new Error("insert returned no row");
    await writeProjectParts(tx, row.id, data, false);
    await savePlannedYears(tx, row.id, projectColumns(data, { region, pmId, altPmId }), data.budgetYears, []);
    const [created] = await tx
      .insert(projectTransitions)
      .values({ projectId: row.id, fromStatus: null, toStatus: "draft", actorId: actor.id, at: now })
      .returning({ id: projectTransitions.id });
    if (!created) throw new Error("insert returned no row");
    await recordEvent(
      tx,
      { projectId: row.id, actorId: actor.id, at: now },
      {
        kind: "projectCreated",
        payload: { transitionId: created.id, transition: null, to: "draft", comment: "", details: null },
      },
    );
    const record = (await loadProject(tx, row.id)) as ProjectRecord;
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: row.id,
      action: "create",
      after: projectSnapshot(record),
      at: now,
    });
    return record;
  });
}

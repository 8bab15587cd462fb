/** A comment on a proposal, on one section, or an answer in a thread one level deep. */
import { eq } from "drizzle-orm";
import { Invalid, NotFound } from "../../../domain/errors";
import type { CommentInput } from "../../../domain/workflow";
import type { Db } from "../../db/client";
import { reviewComments } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import { type CommentRow, listComments } from "./listComments";

export async function addComment(
  db: Db,
  actor: Actor,
  projectId: string,
  input: CommentInput,
  now: Date,
  mail: MailSettings,
): Promise<CommentRow> {
  return db.transaction(async (tx) => {
    const project = await loadProjectScope(tx, projectId);
    if (!project) throw new NotFound("This project");
    authorize(actor, "readProject", project);
    authorize(actor, "commentOnProject", project);
    let parentId: number | null = null;
    if (input.parentId) {
      const [parent] = await tx
        .select({
          id: reviewComments.id,
          parentId: reviewComments.parentId,
          projectId: reviewComments.projectId,
        })
        .from(reviewComments)
        .where(eq(reviewComments.id, input.parentId));
      if (!parent || parent.projectId !== projectId) {
        throw new Invalid([
          {
            field: "parentId",
            code: "unknownComment",
            message: "The comment you answer is not on this project",
          },
        ]);
      }
      // A reply to a reply joins the same thread: threads stay one level deep and readable.
      parentId = parent.parentId ?? parent.id;
    }
    const [row] = await tx
      .insert(reviewComments)
      .values({
        projectId,
        parentId,
        section: input.section,
        body: input.body,
        authorId: actor.id,
        status: project.status,
        createdAt: now,
      })
      .returning({ id: reviewComments.id });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: projectId,
      action: "comment",
      after: { commentId: row?.id, section: input.section, parentId, body: input.body },
      at: now,
    });
    if (!row) throw new Error("insert returned no row");
    await recordEvent(
      tx,
      { projectId, actorId: actor.id, at: now },
      {
        kind: "projectCommented",
        payload: { commentId: row.id, section: input.section, parentId, body: input.body },
      },
      mail,
    );
    const all = await listComments(tx, projectId);
    return all.find((c) => c.id === row?.id) as CommentRow;
  });
}

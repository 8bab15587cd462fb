/** Review comments on a proposal: threaded one level deep, each pointing at a section. */
import { asc, eq } from "drizzle-orm";
import { Invalid, NotFound } from "../../../domain/errors";
import type { ProjectStatus } from "../../../domain/lifecycle";
import type { CommentInput, ReviewComment, ReviewSection } from "../../../domain/workflow";
import type { Db, DbOrTx } from "../../db/client";
import { reviewComments, users } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";

export async function listComments(db: DbOrTx, projectId: string): Promise<ReviewComment[]> {
  const rows = await db
    .select({
      id: reviewComments.id,
      parentId: reviewComments.parentId,
      section: reviewComments.section,
      body: reviewComments.body,
      status: reviewComments.status,
      createdAt: reviewComments.createdAt,
      authorId: users.id,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.projectId, projectId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    section: r.section as ReviewSection,
    body: r.body,
    status: r.status as ProjectStatus,
    createdAt: r.createdAt.toISOString(),
    author: { id: r.authorId, name: r.authorName, role: r.authorRole },
  }));
}

export async function addComment(
  db: Db,
  actor: Actor,
  projectId: string,
  input: CommentInput,
  now: Date,
): Promise<ReviewComment> {
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
    );
    const all = await listComments(tx, projectId);
    return all.find((c) => c.id === row?.id) as ReviewComment;
  });
}

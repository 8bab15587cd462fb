/** A proposal's review comments in the order they were written, each with its author. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { reviewComments, users } from "../../db/schema";

export function listComments(db: DbOrTx, projectId: string) {
  return db
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
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

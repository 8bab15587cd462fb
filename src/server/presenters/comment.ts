/** The only place where a review comment is shaped for clients, with its author named. */
import type { ProjectStatus } from "../../domain/lifecycle";
import type { ReviewComment, ReviewSection } from "../../domain/workflow";
import type { CommentRow } from "../services/comments/listComments";

export function presentComment(row: CommentRow): ReviewComment {
  return {
    id: row.id,
    parentId: row.parentId,
    section: row.section as ReviewSection,
    body: row.body,
    status: row.status as ProjectStatus,
    createdAt: row.createdAt.toISOString(),
    author: { id: row.authorId, name: row.authorName, role: row.authorRole },
  };
}

/**
 * Setting and removing a bookmark: both idempotent, so a double click or a retried request
 * changes nothing.
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { bookmarks } from "../../db/schema";

/** Bookmarks a project the caller has checked the user may read; a second time keeps the first date. */
export async function bookmarkProject(
  db: DbOrTx,
  userId: string,
  projectId: string,
  at: Date,
): Promise<void> {
  await db.insert(bookmarks).values({ userId, projectId, createdAt: at }).onConflictDoNothing();
}

export async function unbookmarkProject(db: DbOrTx, userId: string, projectId: string): Promise<void> {
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.projectId, projectId)));
}

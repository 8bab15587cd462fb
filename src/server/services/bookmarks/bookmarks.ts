/**
 * Bookmarks: the projects a user keeps at hand on the home page. Private to each user; setting
 * and removing are idempotent, so a double click or a retried request changes nothing.
 */
import { and, desc, eq } from "drizzle-orm";
import type { BookmarkedProject } from "../../../domain/portfolio";
import type { DbOrTx } from "../../db/client";
import { bookmarks, projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";

/**
 * The user's bookmarks, newest first, only among the projects they may read now: a viewer moved
 * to another region keeps their bookmarks but does not see the other region's projects.
 */
export async function listBookmarks(db: DbOrTx, user: Actor): Promise<BookmarkedProject[]> {
  const conditions = [eq(bookmarks.userId, user.id), readScope(user).where(projects.regionCode)];
  const rows = await db
    .select({
      projectId: projects.id,
      code: projects.code,
      title: projects.title,
      status: projects.status,
      region: projects.regionCode,
      fundingYear: projects.fundingYear,
      bookmarkedAt: bookmarks.createdAt,
    })
    .from(bookmarks)
    .innerJoin(projects, eq(projects.id, bookmarks.projectId))
    .where(and(...conditions))
    .orderBy(desc(bookmarks.createdAt), projects.code);
  return rows.map((row) => ({ ...row, bookmarkedAt: row.bookmarkedAt.toISOString() }));
}

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

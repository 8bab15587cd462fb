/** Bookmarks: the projects a user keeps at hand on the home page, private to each user. */
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { bookmarks, projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";

export interface BookmarkRecord {
  projectId: string;
  code: string;
  title: string;
  status: (typeof projects.$inferSelect)["status"];
  region: string | null;
  fundingYear: number;
  bookmarkedAt: Date;
}

/**
 * The user's bookmarks, newest first, only among the projects they may read now: a viewer moved
 * to another region keeps their bookmarks but does not see the other region's projects.
 */
export async function listBookmarks(db: DbOrTx, user: Actor): Promise<BookmarkRecord[]> {
  const conditions = [eq(bookmarks.userId, user.id), readScope(user).where(projects.regionCode)];
  return db
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
}

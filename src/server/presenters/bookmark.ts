/** The only place where the JSON of a bookmarked project is shaped for clients. */
import type { BookmarkedProject } from "../../domain/portfolio";
import type { BookmarkRecord } from "../services/bookmarks/listBookmarks";

export function presentBookmark(record: BookmarkRecord): BookmarkedProject {
  return {
    projectId: record.projectId,
    code: record.code,
    title: record.title,
    status: record.status,
    region: record.region,
    fundingYear: record.fundingYear,
    bookmarkedAt: record.bookmarkedAt.toISOString(),
  };
}

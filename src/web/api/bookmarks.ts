import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { BookmarkList } from "../../domain/portfolio";
import { answer, http } from "./client";

export const BOOKMARKS_KEY = ["bookmarks"] as const;

/** The signed-in user's bookmarked projects, newest first. */
export function useBookmarks(enabled = true) {
  return useQuery({
    queryKey: BOOKMARKS_KEY,
    queryFn: () => answer(http.GET("/api/bookmarks")),
    staleTime: 60_000,
    enabled,
  });
}

/** The ids of the user's bookmarked projects, for pages that show a star beside each project. */
export function useBookmarkedIds(): ReadonlySet<string> {
  const { data } = useBookmarks();
  return useMemo(() => new Set((data?.items ?? []).map((b) => b.projectId)), [data]);
}

/**
 * Bookmarks or unbookmarks a project. Removing one takes it off the cached list at once (the
 * home page's list shrinks without waiting); either way the list is fetched again afterwards.
 */
export function useSetBookmark(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (bookmarked: boolean) =>
      bookmarked
        ? answer(http.PUT("/api/projects/{id}/bookmark", { params: { path: { id: projectId } } }))
        : answer(http.DELETE("/api/projects/{id}/bookmark", { params: { path: { id: projectId } } })),
    onMutate: async (bookmarked) => {
      await client.cancelQueries({ queryKey: BOOKMARKS_KEY });
      const previous = client.getQueryData<BookmarkList>(BOOKMARKS_KEY);
      if (previous && !bookmarked) {
        client.setQueryData<BookmarkList>(BOOKMARKS_KEY, {
          items: previous.items.filter((b) => b.projectId !== projectId),
        });
      }
      return { previous };
    },
    onError: (_error, _bookmarked, context) => {
      if (context?.previous) client.setQueryData(BOOKMARKS_KEY, context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: BOOKMARKS_KEY }),
  });
}

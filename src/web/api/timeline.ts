/** The project's timeline, as the server computes it for today. */
import { useQuery } from "@tanstack/react-query";
import { answer, http } from "./client";

/** Other features invalidate this key after a save that moves something on the timeline. */
export const TIMELINE_KEY = (projectId: string) => ["timeline", projectId] as const;

/**
 * `version` is the project's: a transition or an extension changes it, and the timeline is
 * fetched again without every mutation having to know about it.
 */
export function useTimeline(projectId: string, version: number) {
  return useQuery({
    queryKey: [...TIMELINE_KEY(projectId), version],
    queryFn: () => answer(http.GET("/api/projects/{id}/timeline", { params: { path: { id: projectId } } })),
  });
}

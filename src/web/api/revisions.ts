/**
 * Hooks for a project's budget revisions. Their key hangs from the project's own
 * (["project", id]), so whatever refreshes the project refreshes them too.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RevisionDecisionInput, RevisionRequestInput } from "../../domain/revisions";
import { answer, http } from "./client";

export const revisionKeys = {
  list: (projectId: string) => ["project", projectId, "revisions"] as const,
};

export function useRevisions(projectId: string) {
  return useQuery({
    queryKey: revisionKeys.list(projectId),
    queryFn: () => answer(http.GET("/api/projects/{id}/revisions", { params: { path: { id: projectId } } })),
  });
}

export function useRequestRevision(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RevisionRequestInput) =>
      answer(http.POST("/api/projects/{id}/revisions", { params: { path: { id: projectId } }, body: input })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: revisionKeys.list(projectId) });
      void client.invalidateQueries({ queryKey: ["project", projectId, "history"] });
    },
  });
}

export function useDecideRevision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, ...input }: RevisionDecisionInput & { revisionId: string }) =>
      answer(
        http.POST("/api/revisions/{revisionId}/decision", { params: { path: { revisionId } }, body: input }),
      ),
    // An approval changes the project's budget, its shares and years, the envelopes and the
    // inbox counts: refreshing everything is simpler and safer than listing every key.
    onSuccess: () => void client.invalidateQueries(),
  });
}

/**
 * Hooks for a project's extension requests. Their key hangs from the project's own
 * (["project", id]), so whatever refreshes the project refreshes them too.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ExtensionDecisionInput, ExtensionRequestInput } from "../../domain/extensions";
import { answer, http } from "./client";
import { TIMELINE_KEY } from "./timeline";

export const extensionKeys = {
  list: (projectId: string) => ["project", projectId, "extensions"] as const,
};

export function useExtensions(projectId: string) {
  return useQuery({
    queryKey: extensionKeys.list(projectId),
    queryFn: () => answer(http.GET("/api/projects/{id}/extensions", { params: { path: { id: projectId } } })),
  });
}

export function useRequestExtension(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExtensionRequestInput) =>
      answer(
        http.POST("/api/projects/{id}/extensions", { params: { path: { id: projectId } }, body: input }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: extensionKeys.list(projectId) });
      void client.invalidateQueries({ queryKey: ["project", projectId, "history"] });
      void client.invalidateQueries({ queryKey: TIMELINE_KEY(projectId) });
    },
  });
}

export function useDecideExtension() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ extensionId, ...input }: ExtensionDecisionInput & { extensionId: string }) =>
      answer(
        http.POST("/api/extensions/{extensionId}/decision", {
          params: { path: { extensionId } },
          body: input,
        }),
      ),
    // An approval moves the project's end, its reports, its timeline, the fund's lists and the
    // inbox counts: refreshing everything is simpler and safer than listing every key.
    onSuccess: () => void client.invalidateQueries(),
  });
}

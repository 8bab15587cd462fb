/**
 * Hooks for a project's results matrix, workplan and targets vs actuals.
 *
 * The matrix and the workplan hang from the project's key (["project", id, …]): a transition
 * refreshes the project and so what its managers may edit. Saving either moves the project's
 * timeline (milestones) and progress (indicators), which live under their own keys.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ResultsMatrix, ResultsMatrixInput } from "../../domain/resultsMatrix";
import type { Workplan, WorkplanInput } from "../../domain/workplan";
import { answer, http } from "./client";

export const resultsKeys = {
  /** The project and everything hanging from it (what its managers may edit, among others). */
  project: (projectId: string) => ["project", projectId] as const,
  matrix: (projectId: string) => ["project", projectId, "results"] as const,
  workplan: (projectId: string) => ["project", projectId, "workplan"] as const,
  progress: (projectId: string) => ["progress", projectId] as const,
  timeline: (projectId: string) => ["timeline", projectId] as const,
};

export const resultsApi = {
  matrix: (projectId: string) =>
    answer(http.GET("/api/projects/{id}/results", { params: { path: { id: projectId } } })),
  workplan: (projectId: string) =>
    answer(http.GET("/api/projects/{id}/workplan", { params: { path: { id: projectId } } })),
};

export function useResultsMatrix(projectId: string) {
  return useQuery({ queryKey: resultsKeys.matrix(projectId), queryFn: () => resultsApi.matrix(projectId) });
}

export function useWorkplan(projectId: string) {
  return useQuery({
    queryKey: resultsKeys.workplan(projectId),
    queryFn: () => resultsApi.workplan(projectId),
  });
}

export function useProgress(projectId: string) {
  return useQuery({
    queryKey: resultsKeys.progress(projectId),
    queryFn: () => answer(http.GET("/api/projects/{id}/progress", { params: { path: { id: projectId } } })),
  });
}

/** What a save changes beyond its own record: the timeline and the progress figures. */
function useRefreshDependents(projectId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: resultsKeys.timeline(projectId) });
    void client.invalidateQueries({ queryKey: resultsKeys.progress(projectId) });
  };
}

/** Puts a matrix in the cache: after a save, or the latest version after a conflict. */
export function useRememberMatrix(projectId: string) {
  const client = useQueryClient();
  return (matrix: ResultsMatrix) => client.setQueryData(resultsKeys.matrix(projectId), matrix);
}

export function useRememberWorkplan(projectId: string) {
  const client = useQueryClient();
  return (plan: Workplan) => client.setQueryData(resultsKeys.workplan(projectId), plan);
}

export function useSaveResultsMatrix(projectId: string) {
  const remember = useRememberMatrix(projectId);
  const refresh = useRefreshDependents(projectId);
  return useMutation({
    mutationFn: (input: ResultsMatrixInput) =>
      answer(http.PUT("/api/projects/{id}/results", { params: { path: { id: projectId } }, body: input })),
    onSuccess: (saved) => {
      remember(saved);
      refresh();
    },
  });
}

export function useSaveWorkplan(projectId: string) {
  const remember = useRememberWorkplan(projectId);
  const refresh = useRefreshDependents(projectId);
  return useMutation({
    mutationFn: (input: WorkplanInput) =>
      answer(http.PUT("/api/projects/{id}/workplan", { params: { path: { id: projectId } }, body: input })),
    onSuccess: (saved) => {
      remember(saved);
      refresh();
    },
  });
}

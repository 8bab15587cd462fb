/**
 * Hooks for a project's life cycle: transitions, review comments, what changed since the last
 * submission, the audit trail, time in each status and the filed documents.
 *
 * Every key starts with the project's own key (["project", id]), so that whatever refreshes the
 * project (an edit, a transition) refreshes what hangs from it too.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { documentList } from "../../domain/documents";
import type { CommentInput, TransitionInput } from "../../domain/workflow";
import { answer, api, http, upload } from "./client";

export type DocumentList = z.infer<typeof documentList>;

export const workflowKeys = {
  project: (id: string) => ["project", id] as const,
  comments: (id: string) => ["project", id, "comments"] as const,
  changes: (id: string) => ["project", id, "changes"] as const,
  history: (id: string) => ["project", id, "history"] as const,
  durations: (id: string) => ["project", id, "durations"] as const,
  documents: (id: string) => ["project", id, "documents"] as const,
};

export const workflowApi = {
  fireTransition: (id: string, input: TransitionInput) =>
    answer(http.POST("/api/projects/{id}/transitions", { params: { path: { id } }, body: input })),
  comments: (id: string) => answer(http.GET("/api/projects/{id}/comments", { params: { path: { id } } })),
  addComment: (id: string, input: CommentInput) =>
    answer(http.POST("/api/projects/{id}/comments", { params: { path: { id } }, body: input })),
  changes: (id: string) => answer(http.GET("/api/projects/{id}/changes", { params: { path: { id } } })),
  history: (id: string) => answer(http.GET("/api/projects/{id}/history", { params: { path: { id } } })),
  durations: (id: string) => answer(http.GET("/api/projects/{id}/durations", { params: { path: { id } } })),
  documents: (id: string) => answer(http.GET("/api/projects/{id}/documents", { params: { path: { id } } })),
  /** The fields go before the file: the server reads them before it streams the file to disk. */
  uploadDocument: (id: string, input: { kind: string; title: string; file: File }) => {
    const form = new FormData();
    form.append("kind", input.kind);
    form.append("title", input.title);
    form.append("file", input.file);
    return upload("/api/projects/{id}/documents", { id }, form);
  },
  uploadVersion: (id: string, documentId: string, file: File) => {
    const form = new FormData();
    form.append("file", file);
    return upload("/api/projects/{id}/documents/{documentId}/versions", { id, documentId }, form);
  },
};

export function useFireTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionInput) => workflowApi.fireTransition(id, input),
    onSuccess: (project) => {
      client.setQueryData(workflowKeys.project(id), project);
      // The status moved: the history, durations and changes moved with it, and so did the
      // queues of the inbox and the list's status column.
      void client.invalidateQueries({ queryKey: workflowKeys.history(id) });
      void client.invalidateQueries({ queryKey: workflowKeys.durations(id) });
      void client.invalidateQueries({ queryKey: workflowKeys.changes(id) });
      void client.invalidateQueries({ queryKey: workflowKeys.comments(id) });
      void client.invalidateQueries({ queryKey: ["inbox"] });
      void client.invalidateQueries({ queryKey: ["inbox", "counts"] });
      void client.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}

/** The managers, only when a field names one by id (the shared key of hooks.ts useManagers). */
export function useManagerNames(enabled: boolean) {
  return useQuery({ queryKey: ["managers"], queryFn: api.managers, staleTime: 5 * 60_000, enabled });
}

export function useProjectComments(id: string) {
  return useQuery({ queryKey: workflowKeys.comments(id), queryFn: () => workflowApi.comments(id) });
}

export function useAddComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentInput) => workflowApi.addComment(id, input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: workflowKeys.comments(id) });
      void client.invalidateQueries({ queryKey: workflowKeys.history(id) });
    },
  });
}

export function useProjectChanges(id: string) {
  return useQuery({ queryKey: workflowKeys.changes(id), queryFn: () => workflowApi.changes(id) });
}

export function useProjectHistory(id: string) {
  return useQuery({ queryKey: workflowKeys.history(id), queryFn: () => workflowApi.history(id) });
}

export function useStatusDurations(id: string) {
  return useQuery({ queryKey: workflowKeys.durations(id), queryFn: () => workflowApi.durations(id) });
}

export function useProjectDocuments(id: string) {
  return useQuery({ queryKey: workflowKeys.documents(id), queryFn: () => workflowApi.documents(id) });
}

function useDocumentFiled(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: workflowKeys.documents(id) });
    void client.invalidateQueries({ queryKey: workflowKeys.history(id) });
  };
}

export function useUploadDocument(id: string) {
  const onSuccess = useDocumentFiled(id);
  return useMutation({
    mutationFn: (input: { kind: string; title: string; file: File }) => workflowApi.uploadDocument(id, input),
    onSuccess,
  });
}

export function useUploadVersion(id: string) {
  const onSuccess = useDocumentFiled(id);
  return useMutation({
    mutationFn: ({ documentId, file }: { documentId: string; file: File }) =>
      workflowApi.uploadVersion(id, documentId, file),
    onSuccess,
  });
}

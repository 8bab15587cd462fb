/** Personal API tokens: one's own, and everyone's for administrators. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TokenInput } from "../../domain/apiTokens";
import { answer, http } from "./client";

const TOKENS_KEY = ["apiTokens"] as const;

export function useMyTokens() {
  return useQuery({ queryKey: [...TOKENS_KEY, "mine"], queryFn: () => answer(http.GET("/api/me/tokens")) });
}

export function useAllTokens() {
  return useQuery({ queryKey: [...TOKENS_KEY, "all"], queryFn: () => answer(http.GET("/api/admin/tokens")) });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenInput) => answer(http.POST("/api/me/tokens", { body })),
    onSettled: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, anyone }: { id: string; anyone: boolean }) =>
      anyone
        ? answer(http.DELETE("/api/admin/tokens/{id}", { params: { path: { id } } }))
        : answer(http.DELETE("/api/me/tokens/{id}", { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

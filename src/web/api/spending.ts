import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PortfolioSpendingQuery,
  SpendingThreshold,
  SpendingThresholdInput,
} from "../../domain/spending";
import { answer, http } from "./client";

export const SPENDING_THRESHOLD_KEY = ["fund-spending-threshold"] as const;

/** A project's budget against its spending to date (from its latest accepted financial report). */
export function useProjectSpending(projectId: string) {
  return useQuery({
    queryKey: ["projects", projectId, "spending"],
    queryFn: () => answer(http.GET("/api/projects/{id}/spending", { params: { path: { id: projectId } } })),
  });
}

/** The projects the user may read, by variance and by unspent balance at their end date. */
export function usePortfolioSpending(filters: PortfolioSpendingQuery) {
  return useQuery({
    queryKey: ["spending", filters],
    queryFn: () => answer(http.GET("/api/spending", { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useSpendingThreshold() {
  return useQuery({
    queryKey: SPENDING_THRESHOLD_KEY,
    queryFn: () => answer(http.GET("/api/fund-spending-threshold")),
  });
}

export function useRememberSpendingThreshold() {
  const client = useQueryClient();
  return (saved: SpendingThreshold) => {
    client.setQueryData(SPENDING_THRESHOLD_KEY, saved);
    // Flags depend on the threshold: what was shown with the old one is stale.
    void client.invalidateQueries({ queryKey: ["spending"] });
  };
}

export function useSaveSpendingThreshold() {
  const remember = useRememberSpendingThreshold();
  return useMutation({
    mutationFn: (input: SpendingThresholdInput) =>
      answer(http.PUT("/api/fund-spending-threshold", { body: input })),
    onSuccess: remember,
  });
}

/** The download links (plain links: the session cookie goes along and the browser saves the file). */
export function projectSpendingExportHref(projectId: string, language: string): string {
  return `/api/projects/${projectId}/spending/export?lang=${language}`;
}

export function portfolioSpendingExportHref(
  list: "variance" | "unspent",
  filters: PortfolioSpendingQuery,
  language: string,
): string {
  const params = new URLSearchParams({ list, lang: language });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) params.set(key, String(value));
  return `/api/spending/export?${params}`;
}

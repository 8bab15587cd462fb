import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RateInput } from "../../domain/exchangeRates";
import type { FundingSourceInput } from "../../domain/fundingSources";
import { answer, http } from "./client";

const sourcesKey = (projectId: string) => ["funding-sources", projectId] as const;
export const RATES_KEY = ["currency-rates"] as const;
export const DONORS_KEY = ["cofunding-donors"] as const;

/** A project's other funding sources with their USD values and totals. */
export function useFundingSources(projectId: string) {
  return useQuery({
    queryKey: sourcesKey(projectId),
    queryFn: () =>
      answer(http.GET("/api/projects/{id}/funding-sources", { params: { path: { id: projectId } } })),
  });
}

export function useAddFundingSource(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FundingSourceInput) =>
      answer(
        http.POST("/api/projects/{id}/funding-sources", { params: { path: { id: projectId } }, body: input }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: sourcesKey(projectId) }),
  });
}

export function useUpdateFundingSource(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      sourceId,
      input,
    }: {
      sourceId: string;
      input: FundingSourceInput & { version: number };
    }) =>
      answer(
        http.PUT("/api/projects/{id}/funding-sources/{sourceId}", {
          params: { path: { id: projectId, sourceId } },
          body: input,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: sourcesKey(projectId) }),
  });
}

export function useRemoveFundingSource(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ sourceId, version }: { sourceId: string; version: number }) =>
      answer(
        http.DELETE("/api/projects/{id}/funding-sources/{sourceId}", {
          params: { path: { id: projectId, sourceId }, query: { version } },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: sourcesKey(projectId) }),
  });
}

export function useCurrencyRates() {
  return useQuery({
    queryKey: RATES_KEY,
    queryFn: async () => (await answer(http.GET("/api/currency-rates"))).items,
  });
}

/** One rate's changes, newest first; fetched when asked for (the history dialog is open). */
export function useRateHistory(rate: { currency: string; month: string } | null) {
  return useQuery({
    queryKey: [...RATES_KEY, "history", rate?.currency, rate?.month],
    enabled: rate !== null,
    queryFn: async () =>
      (
        await answer(
          http.GET("/api/currency-rates/{currency}/{month}/history", {
            params: { path: { currency: rate?.currency ?? "", month: rate?.month ?? "" } },
          }),
        )
      ).items,
  });
}

export function useSetRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ currency, month, input }: { currency: string; month: string; input: RateInput }) =>
      answer(
        http.PUT("/api/currency-rates/{currency}/{month}", {
          params: { path: { currency, month } },
          body: input,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: RATES_KEY }),
  });
}

export function useImportRates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { csv: string; dryRun: boolean }) =>
      answer(http.POST("/api/currency-rates/import", { body: input })),
    onSettled: () => client.invalidateQueries({ queryKey: RATES_KEY }),
  });
}

export function useDonorTotals() {
  return useQuery({
    queryKey: DONORS_KEY,
    queryFn: async () => (await answer(http.GET("/api/cofunding/donors"))).items,
  });
}

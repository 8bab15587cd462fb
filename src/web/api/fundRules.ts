import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FundYearInput, FundYearSettings } from "../../domain/fundSettings";
import { answer, http } from "./client";

export const FUND_RULES_KEY = ["fund-rules"] as const;

export const fundRulesApi = {
  list: async () => (await answer(http.GET("/api/fund-rules"))).items,
};

/** Every funding year's Line 2 ceilings and country restrictions. */
export function useFundRules() {
  return useQuery({ queryKey: FUND_RULES_KEY, queryFn: fundRulesApi.list });
}

/** Puts one year's settings in the cached list (after a save, or the latest version after a conflict). */
export function useRememberFundYear() {
  const client = useQueryClient();
  return (saved: FundYearSettings) =>
    client.setQueryData<FundYearSettings[]>(FUND_RULES_KEY, (items) =>
      items?.map((item) => (item.fundingYear === saved.fundingYear ? saved : item)),
    );
}

export function useSaveFundYear(year: number) {
  const remember = useRememberFundYear();
  return useMutation({
    mutationFn: (input: FundYearInput) =>
      answer(http.PUT("/api/fund-rules/{year}", { params: { path: { year } }, body: input })),
    onSuccess: remember,
  });
}

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PortfolioSummary, PortfolioSummaryQuery } from "../../domain/portfolio";
import { queryString, request } from "./client";

/** Projects per country and the headline figures; the previous figures stay while a filter loads. */
export function usePortfolioSummary(query: Partial<PortfolioSummaryQuery>) {
  return useQuery({
    queryKey: ["portfolio", "summary", query],
    queryFn: () => request<PortfolioSummary>("GET", `/api/portfolio/summary${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

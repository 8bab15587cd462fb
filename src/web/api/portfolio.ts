import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PortfolioSummaryQuery } from "../../domain/portfolio";
import { answer, http } from "./client";

/** Projects per country and the headline figures; the previous figures stay while a filter loads. */
export function usePortfolioSummary(query: Partial<PortfolioSummaryQuery>) {
  return useQuery({
    queryKey: ["portfolio", "summary", query],
    queryFn: () => answer(http.GET("/api/portfolio/summary", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

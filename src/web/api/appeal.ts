import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AppealComparisonQuery, AppealSummary } from "../../domain/appealComparison";
import type { FigureTables } from "../../domain/dashboard";
import type { ExportFormat } from "../../domain/figures";
import type { Language } from "../i18n";
import { queryString, request } from "./client";

export function useAppeals() {
  return useQuery({
    queryKey: ["appeals"],
    queryFn: () => request<{ items: AppealSummary[] }>("GET", "/api/appeals"),
  });
}

export type ComparisonParams = Pick<AppealComparisonQuery, "by"> & Partial<AppealComparisonQuery>;

/** The comparison table; the previous one stays on screen while another grouping or year loads. */
export function useAppealComparison(code: string | undefined, query: ComparisonParams) {
  return useQuery({
    queryKey: ["appeals", code, "comparison", query],
    queryFn: () =>
      request<FigureTables>(
        "GET",
        `/api/appeals/${encodeURIComponent(code ?? "")}/comparison${queryString(query)}`,
      ),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The download of exactly the comparison on screen, with names in the user's language. */
export function appealExportUrl(code: string, query: ComparisonParams, format: ExportFormat, lang: Language) {
  return `/api/appeals/${encodeURIComponent(code)}/comparison/export${queryString({ ...query, format, lang })}`;
}

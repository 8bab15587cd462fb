import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AppealComparisonQuery } from "../../domain/appealComparison";
import type { ExportFormat } from "../../domain/figures";
import type { Language } from "../i18n";
import { answer, http, queryString } from "./client";

export function useAppeals() {
  return useQuery({
    queryKey: ["appeals"],
    queryFn: () => answer(http.GET("/api/appeals")),
  });
}

export type ComparisonParams = Pick<AppealComparisonQuery, "by"> & Partial<AppealComparisonQuery>;

/** The comparison table; the previous one stays on screen while another grouping or year loads. */
export function useAppealComparison(code: string | undefined, query: ComparisonParams) {
  return useQuery({
    queryKey: ["appeals", code, "comparison", query],
    queryFn: () =>
      answer(http.GET("/api/appeals/{code}/comparison", { params: { path: { code: code ?? "" }, query } })),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The download of exactly the comparison on screen, with names in the user's language. */
export function appealExportUrl(code: string, query: ComparisonParams, format: ExportFormat, lang: Language) {
  return `/api/appeals/${encodeURIComponent(code)}/comparison/export${queryString({ ...query, format, lang })}`;
}

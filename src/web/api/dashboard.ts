import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type AnalysisReport,
  type DashboardChart,
  type DashboardFilters,
  filterParams,
} from "../../domain/dashboard";
import type { ExportFormat } from "../../domain/figures";
import type { Language } from "../i18n";
import { answer, http } from "./client";

function withParams(path: string, params: URLSearchParams): string {
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** One chart's tables; the previous figures stay on screen while new filters load. */
export function useChart(chart: DashboardChart, filters: DashboardFilters) {
  const params = filterParams(filters);
  return useQuery({
    queryKey: ["dashboard", chart, params.toString()],
    queryFn: () =>
      answer(http.GET("/api/dashboard/{chart}", { params: { path: { chart }, query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export function useAnalysis(report: AnalysisReport, filters: DashboardFilters) {
  const params = filterParams(filters);
  return useQuery({
    queryKey: ["analysis", report, params.toString()],
    queryFn: () =>
      answer(http.GET("/api/analysis/{report}", { params: { path: { report }, query: filters } })),
    placeholderData: keepPreviousData,
  });
}

function exportParams(filters: DashboardFilters, format: ExportFormat, language: Language): URLSearchParams {
  const params = filterParams(filters);
  params.set("format", format);
  params.set("lang", language);
  return params;
}

/** A chart's numbers as a file (or every chart's, without `chart`): the same filters, the same SQL. */
export function dashboardExportUrl(
  chart: DashboardChart | null,
  filters: DashboardFilters,
  format: ExportFormat,
  language: Language,
): string {
  const path = chart ? `/api/dashboard/${chart}/export` : "/api/dashboard/export";
  return withParams(path, exportParams(filters, format, language));
}

export function analysisExportUrl(
  report: AnalysisReport,
  filters: DashboardFilters,
  format: ExportFormat,
  language: Language,
): string {
  return withParams(`/api/analysis/${report}/export`, exportParams(filters, format, language));
}

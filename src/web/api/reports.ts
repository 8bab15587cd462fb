/**
 * Hooks for reports: a project's schedule, one report (content, decisions, attachments), the list
 * across projects, and the fund's reporting rules.
 *
 * A project's reports hang from the project's key (["project", id, "reports"]), so whatever
 * refreshes the project refreshes them too. A decision also moves the project's timeline and
 * progress figures, which live under their own keys.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ReportContentInput,
  ReportDecisionInput,
  ReportDetail,
  ReportingRulesInput,
  ReportingRulesItem,
  ReportingRulesList,
  ReportListQuery,
} from "../../domain/reports";
import { answer, flag, http, upload } from "./client";

export type ReportListParams = Partial<ReportListQuery>;

export const reportKeys = {
  project: (projectId: string) => ["project", projectId] as const,
  projectReports: (projectId: string) => ["project", projectId, "reports"] as const,
  projectDocuments: (projectId: string) => ["project", projectId, "documents"] as const,
  detail: (reportId: string) => ["report", reportId] as const,
  /** Every page of the list across projects; a prefix of each list query's key. */
  lists: ["reports"] as const,
  list: (params: ReportListParams) => ["reports", params] as const,
  timeline: (projectId: string) => ["timeline", projectId] as const,
  progress: (projectId: string) => ["progress", projectId] as const,
  rules: ["reporting-rules"] as const,
};

export const reportsApi = {
  projectReports: (projectId: string) =>
    answer(http.GET("/api/projects/{id}/reports", { params: { path: { id: projectId } } })),
  report: (reportId: string) =>
    answer(http.GET("/api/reports/{reportId}", { params: { path: { reportId } } })),
  save: (reportId: string, input: ReportContentInput) =>
    answer(http.PUT("/api/reports/{reportId}", { params: { path: { reportId } }, body: input })),
  decide: (reportId: string, input: ReportDecisionInput) =>
    answer(http.POST("/api/reports/{reportId}/decisions", { params: { path: { reportId } }, body: input })),
  list: (params: ReportListParams) =>
    answer(http.GET("/api/reports", { params: { query: { ...params, mine: flag(params.mine) } } })),
  /** The fields go before the file: the server reads them before it streams the file to disk. */
  attach: (projectId: string, input: { reportId: string; title: string; file: File }) => {
    const form = new FormData();
    form.append("kind", "report");
    form.append("title", input.title);
    form.append("reportId", input.reportId);
    form.append("file", input.file);
    return upload("/api/projects/{id}/documents", { id: projectId }, form);
  },
  rules: () => answer(http.GET("/api/reporting-rules")),
  saveRules: (fundLine: string, input: ReportingRulesInput) =>
    answer(http.PUT("/api/reporting-rules/{fundLine}", { params: { path: { fundLine } }, body: input })),
};

/** The reports a project owes, once it has any (approved, active or closed projects). */
export function useProjectReports(projectId: string, enabled = true) {
  return useQuery({
    queryKey: reportKeys.projectReports(projectId),
    queryFn: () => reportsApi.projectReports(projectId),
    enabled,
  });
}

export function useReport(reportId: string) {
  return useQuery({ queryKey: reportKeys.detail(reportId), queryFn: () => reportsApi.report(reportId) });
}

/** Puts a report as the server returned it in the cache (after a save, or the latest after a conflict). */
export function useRememberReport() {
  const client = useQueryClient();
  return (report: ReportDetail) => {
    client.setQueryData(reportKeys.detail(report.id), report);
    // Summaries carry the version and dates; the lists must not offer a stale one.
    void client.invalidateQueries({ queryKey: reportKeys.projectReports(report.projectId) });
    void client.invalidateQueries({ queryKey: reportKeys.lists });
  };
}

export function useSaveReport(reportId: string) {
  const remember = useRememberReport();
  return useMutation({
    mutationFn: (input: ReportContentInput) => reportsApi.save(reportId, input),
    onSuccess: remember,
  });
}

export function useDecideReport(reportId: string) {
  const client = useQueryClient();
  const remember = useRememberReport();
  return useMutation({
    mutationFn: (input: ReportDecisionInput) => reportsApi.decide(reportId, input),
    onSuccess: (report) => {
      remember(report);
      const projectId = report.projectId;
      // A decision colours the timeline, may bring new current figures (accepted narrative
      // report), may close the project (last final report accepted) and is in its history.
      void client.invalidateQueries({ queryKey: reportKeys.project(projectId) });
      void client.invalidateQueries({ queryKey: reportKeys.timeline(projectId) });
      void client.invalidateQueries({ queryKey: reportKeys.progress(projectId) });
      void client.invalidateQueries({ queryKey: ["knowledge"] });
      void client.invalidateQueries({ queryKey: ["projects"] });
    },
  });
}

/** Files a document with a report; it appears both in the report and in the project's documents. */
export function useAttachToReport(projectId: string, reportId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; file: File }) =>
      reportsApi.attach(projectId, { reportId, ...input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: reportKeys.detail(reportId) });
      void client.invalidateQueries({ queryKey: reportKeys.projectDocuments(projectId) });
      void client.invalidateQueries({ queryKey: ["project", projectId, "history"] });
    },
  });
}

export function useReportList(params: ReportListParams) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => reportsApi.list(params),
    placeholderData: keepPreviousData,
  });
}

export function useReportingRules() {
  return useQuery({ queryKey: reportKeys.rules, queryFn: reportsApi.rules });
}

/** Puts one fund line's rules in the cached list (after a save, or the latest after a conflict). */
export function useRememberReportingRules() {
  const client = useQueryClient();
  return (saved: ReportingRulesItem) =>
    client.setQueryData<ReportingRulesList>(reportKeys.rules, (list) =>
      list
        ? { ...list, items: list.items.map((item) => (item.fundLine === saved.fundLine ? saved : item)) }
        : list,
    );
}

export function useSaveReportingRules(fundLine: string) {
  const remember = useRememberReportingRules();
  return useMutation({
    mutationFn: (input: ReportingRulesInput) => reportsApi.saveRules(fundLine, input),
    onSuccess: remember,
  });
}

import { Group, Stack, Text, Title } from "@mantine/core";
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { ANALYSIS_REPORTS, type AnalysisReport, type DashboardFilters } from "../../../domain/dashboard";
import { analysisExportUrl, useAnalysis } from "../../api/dashboard";
import { currentLanguage } from "../../i18n";
import { useTitle } from "../../lib/useTitle";
import { DashboardTabs } from "./DashboardTabs";
import { FigureCard } from "./FigureCard";
import { FilterBar } from "./FilterBar";
import { useDashboardFilters } from "./useDashboardFilters";

const AnalysisChart = lazy(() =>
  import("./FigureCharts").then((module) => ({ default: module.AnalysisChart })),
);

/** Reports with a chart worth drawing; the extensions report reads best as its table. */
const CHARTED: readonly AnalysisReport[] = ["projects-by-year-activity", "reporting-compliance"];

function ReportSection({ report, filters }: { report: AnalysisReport; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const query = useAnalysis(report, filters);
  const language = currentLanguage();
  const title = t(`dashboard.reports.${report}.title`);
  const tables = query.data?.tables;
  return (
    <FigureCard
      title={title}
      description={t(`dashboard.reports.${report}.description`)}
      tables={tables}
      error={query.isError && !query.data ? query.error : null}
      onRetry={() => void query.refetch()}
      fetching={query.isFetching}
      tableOpen
      chart={
        tables && CHARTED.includes(report) ? (
          <AnalysisChart report={report} tables={tables} label={title} />
        ) : null
      }
      downloads={[
        {
          href: analysisExportUrl(report, filters, "xlsx", language),
          label: t("dashboard.downloadExcel"),
          accessibleLabel: t("dashboard.downloadNamed", { name: title }),
        },
        {
          href: analysisExportUrl(report, filters, "csv", language),
          label: t("dashboard.downloadCsv"),
          accessibleLabel: t("dashboard.downloadNamedCsv", { name: title }),
        },
      ]}
    />
  );
}

export default function AnalysisPage() {
  const { t } = useTranslation();
  useTitle(t("dashboard.analysisTitle"));
  const state = useDashboardFilters();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t("dashboard.analysisTitle")}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t("dashboard.analysisIntro")}
          </Text>
        </div>
        <DashboardTabs />
      </Group>
      <FilterBar state={state} />
      {ANALYSIS_REPORTS.map((report) => (
        <ReportSection key={report} report={report} filters={state.filters} />
      ))}
    </Stack>
  );
}

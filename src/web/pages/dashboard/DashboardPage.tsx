import { Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { DASHBOARD_CHARTS, type DashboardChart, type DashboardFilters } from "../../../domain/dashboard";
import type { FigureTable } from "../../../domain/figures";
import { dashboardExportUrl, useChart } from "../../api/dashboard";
import { currentLanguage } from "../../i18n";
import { useTitle } from "../../lib/useTitle";
import { DashboardTabs } from "./DashboardTabs";
import { FigureCard } from "./FigureCard";
import type { PortfolioMeasure } from "./FigureCharts";
import { FilterBar } from "./FilterBar";
import { useDashboardFilters } from "./useDashboardFilters";
import { useFigureText } from "./useFigureText";

// Recharts is the heavy part: its own chunk, loaded while the filters and first figures arrive.
// Started as soon as this page's chunk runs, so it downloads while the figures are fetched.
const charts = import("./FigureCharts");
const FigureChart = lazy(() => charts);

/** Median and 90th percentile review days per stage, beside the pipeline chart. */
function Turnaround({ table }: { table: FigureTable | undefined }) {
  const { t } = useTranslation();
  const text = useFigureText();
  if (!table || table.rows.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      {table.rows.map((row) => (
        <div key={String(row.stage)}>
          <Text fw={600} size="sm">
            {text.label("stage", row.stage ?? null)}
          </Text>
          <Text size="sm">
            {t("dashboard.turnaround.median")}:{" "}
            <strong>
              {t("dashboard.turnaround.days", {
                value: text.cell("decimal", "medianDays", row.medianDays ?? null),
              })}
            </strong>
            {" · "}
            {t("dashboard.turnaround.p90")}:{" "}
            <strong>
              {t("dashboard.turnaround.days", {
                value: text.cell("decimal", "p90Days", row.p90Days ?? null),
              })}
            </strong>
          </Text>
          <Text size="xs" c="dimmed">
            {t("dashboard.turnaround.decisions", {
              count: Number(row.decisions),
              formatted: text.number(Number(row.decisions)),
            })}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function ChartSection({ chart, filters }: { chart: DashboardChart; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const query = useChart(chart, filters);
  const [measure, setMeasure] = useState<PortfolioMeasure>("approvedBudget");
  const language = currentLanguage();
  const title = t(`dashboard.charts.${chart}.title`);
  const tables = query.data?.tables;
  return (
    <FigureCard
      title={title}
      description={t(`dashboard.charts.${chart}.description`)}
      tables={tables}
      error={query.isError && !query.data ? query.error : null}
      onRetry={() => void query.refetch()}
      fetching={query.isFetching}
      controls={
        chart === "portfolio" ? (
          <SegmentedControl
            size="xs"
            aria-label={t("dashboard.measure.label")}
            value={measure}
            onChange={(value) => setMeasure(value as PortfolioMeasure)}
            data={[
              { value: "approvedBudget", label: t("dashboard.measure.approvedBudget") },
              { value: "projects", label: t("dashboard.measure.projects") },
            ]}
          />
        ) : undefined
      }
      chart={tables && <FigureChart chart={chart} tables={tables} measure={measure} label={title} />}
      extra={
        chart === "pipeline" ? (
          <Turnaround table={tables?.find((table) => table.id === "turnaround")} />
        ) : undefined
      }
      downloads={[
        {
          href: dashboardExportUrl(chart, filters, "xlsx", language),
          label: t("dashboard.downloadExcel"),
          accessibleLabel: t("dashboard.downloadNamed", { name: title }),
        },
      ]}
    />
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  useTitle(t("dashboard.title"));
  const state = useDashboardFilters();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t("dashboard.title")}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t("dashboard.intro")}
          </Text>
        </div>
        <DashboardTabs />
      </Group>
      <FilterBar
        state={state}
        download={{
          href: dashboardExportUrl(null, state.filters, "xlsx", currentLanguage()),
          label: t("dashboard.downloadAll"),
        }}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {DASHBOARD_CHARTS.map((chart) => (
          <ChartSection key={chart} chart={chart} filters={state.filters} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

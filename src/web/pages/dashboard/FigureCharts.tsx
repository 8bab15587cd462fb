/**
 * The charts of the dashboards and analysis reports (recharts through @mantine/charts), in a
 * chunk of their own: the page, its filters and tables come first, the chart code after.
 */
import "@mantine/charts/styles.css";
import { BarChart, type BarChartSeries } from "@mantine/charts";
import { Box, ColorSwatch, Group, Text } from "@mantine/core";
import type { AnalysisReport, DashboardChart } from "../../../domain/dashboard";
import type { FigureTable } from "../../../domain/figures";
import { NO_REGION_COLOUR, PAIR_COLOURS, seriesColour } from "./palette";
import { useFigureText } from "./useFigureText";

export type PortfolioMeasure = "projects" | "approvedBudget";

type Row = Record<string, string | number | null>;
type FigureText = ReturnType<typeof useFigureText>;

/**
 * Rows of (region, funding year, value) as one bar per year stacked by region: the series in the
 * reference order of regions, "no region" last in grey.
 */
function stackedByRegion(rows: FigureTable["rows"], value: string, text: FigureText, scale = 1) {
  const regions = [...new Set(rows.map((r) => (r.region as string | null) ?? ""))].sort((a, b) =>
    a === "" ? 1 : b === "" ? -1 : a.localeCompare(b),
  );
  const years = [...new Set(rows.map((r) => Number(r.fundingYear)))].sort((a, b) => a - b);
  const data = years.map((year) => {
    const entry: Row = { year: String(year) };
    for (const region of regions) entry[region || "none"] = 0;
    for (const r of rows.filter((row) => Number(row.fundingYear) === year)) {
      entry[(r.region as string | null) || "none"] = Number(r[value] ?? 0) / scale;
    }
    return entry;
  });
  const series: BarChartSeries[] = regions.map((region, index) => ({
    name: region || "none",
    label: text.label("region", region || null),
    color: region ? seriesColour(index) : NO_REGION_COLOUR,
  }));
  return { data, series };
}

/** The series' names and colours as HTML, so that a long legend wraps instead of covering the chart. */
function Legend({ series }: { series: BarChartSeries[] }) {
  return (
    <Group component="ul" gap="xs" justify="center" m={0} p={0} style={{ listStyle: "none", rowGap: 2 }}>
      {series.map((s) => (
        <Group component="li" key={s.name} gap={6} wrap="nowrap">
          <ColorSwatch color={s.color ?? "gray"} size={12} withShadow={false} aria-hidden />
          <Text size="xs">{s.label ?? s.name}</Text>
        </Group>
      ))}
    </Group>
  );
}

function Chart({
  label,
  height = 280,
  withLegend = true,
  ...props
}: React.ComponentProps<typeof BarChart> & { label: string; height?: number }) {
  // The chart is a picture of the table below it; the table is what assistive technology reads.
  return (
    <Box>
      <Box role="img" aria-label={label}>
        <BarChart
          h={height}
          tickLine="y"
          gridAxis="y"
          tooltipAnimationDuration={0}
          maxBarWidth={56}
          barProps={{ isAnimationActive: false }}
          barChartProps={{ accessibilityLayer: false }}
          {...props}
        />
      </Box>
      {withLegend && <Legend series={props.series} />}
    </Box>
  );
}

/** A dashboard chart drawn from its tables (the same tables its table view and Excel file hold). */
export default function FigureChart({
  chart,
  tables,
  measure = "approvedBudget",
  label,
}: {
  chart: DashboardChart;
  tables: FigureTable[];
  measure?: PortfolioMeasure;
  label: string;
}) {
  const text = useFigureText();
  const rows = tables[0]?.rows ?? [];
  switch (chart) {
    case "portfolio":
    case "overdue": {
      const money = chart === "portfolio" && measure === "approvedBudget";
      const value = chart === "overdue" ? "overdueReports" : measure;
      const { data, series } = stackedByRegion(rows, value, text, money ? 100 : 1);
      return (
        <Chart
          label={label}
          data={data}
          dataKey="year"
          type="stacked"
          series={series}
          valueFormatter={money ? text.money : text.number}
          yAxisProps={{ tickFormatter: money ? text.compactMoney : text.number, width: 72 }}
        />
      );
    }
    case "areas":
    case "activities": {
      const key = chart === "areas" ? "area" : "activity";
      const data = rows.map((r) => ({
        name: text.label(key, r[key] ?? null),
        approvedBudget: Number(r.approvedBudget) / 100,
        requestedBudget: Number(r.requestedBudget) / 100,
      }));
      return (
        <Chart
          label={label}
          height={Math.max(240, data.length * 44 + 60)}
          data={data}
          dataKey="name"
          orientation="vertical"
          series={[
            { name: "approvedBudget", label: text.heading("approvedBudget"), color: PAIR_COLOURS[0] },
            { name: "requestedBudget", label: text.heading("requestedBudget"), color: PAIR_COLOURS[1] },
          ]}
          valueFormatter={text.money}
          xAxisProps={{ tickFormatter: text.compactMoney }}
          yAxisProps={{ width: 170 }}
          gridAxis="x"
          tickLine="x"
        />
      );
    }
    case "beneficiaries": {
      const data = rows.map((r) => ({
        name: text.label("beneficiaryType", r.beneficiaryType ?? null),
        targeted: Number(r.targeted),
        reached: Number(r.reached),
      }));
      return (
        <Chart
          label={label}
          height={Math.max(240, data.length * 40 + 60)}
          data={data}
          dataKey="name"
          orientation="vertical"
          series={[
            { name: "targeted", label: text.heading("targeted"), color: PAIR_COLOURS[0] },
            { name: "reached", label: text.heading("reached"), color: PAIR_COLOURS[1] },
          ]}
          valueFormatter={text.number}
          xAxisProps={{ tickFormatter: (n: number) => text.number(n) }}
          yAxisProps={{ width: 170 }}
          gridAxis="x"
          tickLine="x"
        />
      );
    }
    case "pipeline": {
      const data = rows.map((r) => ({
        name: text.label("status", r.status ?? null),
        projects: Number(r.projects),
      }));
      return (
        <Chart
          label={label}
          height={240}
          data={data}
          dataKey="name"
          withLegend={false}
          series={[{ name: "projects", label: text.heading("projects"), color: PAIR_COLOURS[0] }]}
          valueFormatter={text.number}
        />
      );
    }
    case "envelopes":
      return <EnvelopeChart rows={rows} label={label} text={text} />;
  }
}

const ENVELOPE_MEASURES = ["allocated", "committed", "pipeline", "spent", "available"] as const;

/** One group of bars per funding year and line: the allocation beside where its money stands. */
function EnvelopeChart({
  rows,
  label,
  text,
}: {
  rows: FigureTable["rows"];
  label: string;
  text: FigureText;
}) {
  const data = rows.map((r) => {
    const entry: Row = { name: `${r.fundingYear} · ${text.label("fundLine", r.fundLine ?? null)}` };
    for (const measure of ENVELOPE_MEASURES) entry[measure] = Number(r[measure] ?? 0) / 100;
    return entry;
  });
  return (
    <Chart
      label={label}
      height={Math.max(240, data.length * 90 + 60)}
      data={data}
      dataKey="name"
      orientation="vertical"
      series={ENVELOPE_MEASURES.map((name, index) => ({
        name,
        label: text.heading(name),
        color: seriesColour(index * 2),
      }))}
      valueFormatter={text.money}
      xAxisProps={{ tickFormatter: text.compactMoney }}
      yAxisProps={{ width: 150 }}
      gridAxis="x"
      tickLine="x"
    />
  );
}

/** The analysis reports' charts: projects per funding year; reporting compliance per year. */
export function AnalysisChart({
  report,
  tables,
  label,
}: {
  report: AnalysisReport;
  tables: FigureTable[];
  label: string;
}) {
  const text = useFigureText();
  const rows = tables[0]?.rows ?? [];
  if (report === "projects-by-year-activity") {
    const data = rows.map((r) => ({ year: String(r.fundingYear), projects: Number(r.projects) }));
    return (
      <Chart
        label={label}
        height={240}
        data={data}
        dataKey="year"
        withLegend={false}
        series={[{ name: "projects", label: text.heading("projects"), color: PAIR_COLOURS[0] }]}
        valueFormatter={text.number}
      />
    );
  }
  if (report === "reporting-compliance") {
    const years = [...new Set(rows.map((r) => Number(r.fundingYear)))].sort((a, b) => a - b);
    const data = years.map((year) => {
      const inYear = rows.filter((r) => Number(r.fundingYear) === year);
      const sum = (key: string) => inYear.reduce((total, r) => total + Number(r[key] ?? 0), 0);
      return { year: String(year), onTime: sum("onTime"), late: sum("late"), overdue: sum("overdue") };
    });
    return (
      <Chart
        label={label}
        height={260}
        data={data}
        dataKey="year"
        type="stacked"
        series={[
          { name: "onTime", label: text.heading("onTime"), color: "#44AA99" },
          { name: "late", label: text.heading("late"), color: "#DDCC77" },
          { name: "overdue", label: text.heading("overdue"), color: "#882255" },
        ]}
        valueFormatter={text.number}
      />
    );
  }
  return null;
}

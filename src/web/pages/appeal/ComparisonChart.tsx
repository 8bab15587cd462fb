import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Group, Paper, SegmentedControl, Table, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "../../../domain/money";
import { useFormat } from "../../lib/format";
import type { ComparisonLine } from "./ComparisonTable";

/** The most a chart shows: the countries with the largest requirements beyond that are in the table. */
const MAX_BARS = 15;

/** Required vs funded as horizontal bars, with the same numbers as a table on demand. */
export function ComparisonChart({
  lines,
  title,
  groupHeading,
}: {
  lines: ComparisonLine[];
  title: string;
  groupHeading: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const [view, setView] = useState<"chart" | "table">("chart");
  const shown =
    lines.length > MAX_BARS
      ? [...lines].sort((a, b) => b.required - a.required || b.funded - a.funded).slice(0, MAX_BARS)
      : lines;
  const compact = new Intl.NumberFormat(format.locale, {
    notation: "compact",
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 1,
  });
  // "Regional programmes" needs its region beside it when countries of every region are shown.
  const labelOf = (line: ComparisonLine) =>
    line.region && (line.kind === "regionalProgrammes" || line.kind === "regionWide")
      ? `${line.region}: ${line.label}`
      : line.label;
  const data = shown.map((line) => ({
    label: labelOf(line),
    required: line.required / 100,
    // Null, not 0: a bar of the minimum size would suggest money where there is none.
    funded: line.funded > 0 ? line.funded / 100 : null,
  }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {shown.length < lines.length && (
            <Text size="sm" c="dimmed">
              {t("appeal.chartTop", { count: shown.length })}
            </Text>
          )}
        </div>
        <SegmentedControl
          aria-label={t("appeal.view")}
          value={view}
          onChange={(value) => setView(value as "chart" | "table")}
          data={[
            { value: "chart", label: t("appeal.asChart") },
            { value: "table", label: t("appeal.asTable") },
          ]}
        />
      </Group>
      {view === "chart" ? (
        <BarChart
          h={Math.max(220, 36 * data.length + 60)}
          data={data}
          dataKey="label"
          orientation="vertical"
          minBarSize={2}
          yAxisProps={{ width: 230 }}
          series={[
            { name: "required", label: t("appeal.columns.required"), color: "gray.5" },
            { name: "funded", label: t("appeal.columns.funded"), color: "teal.7" },
          ]}
          valueFormatter={(value) => compact.format(value)}
          withLegend
          legendProps={{ verticalAlign: "top" }}
          role="img"
          aria-label={t("appeal.chartLabel", { title })}
        />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{groupHeading}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("appeal.columns.required")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("appeal.columns.funded")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((line) => (
              <Table.Tr key={line.key}>
                <Table.Th scope="row" fw={400}>
                  {labelOf(line)}
                </Table.Th>
                <Table.Td ta="right" ff="monospace">
                  {format.money(formatMoney(line.required))}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {format.money(formatMoney(line.funded))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

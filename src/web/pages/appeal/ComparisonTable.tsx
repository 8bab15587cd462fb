import { Group, Progress, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AppealGrouping } from "../../../domain/appealComparison";
import { formatMoney } from "../../../domain/money";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFormat } from "../../lib/format";

/** One row of the comparison with its names in the user's language. */
export interface ComparisonLine {
  key: string;
  kind: string;
  label: string;
  region: string | null;
  required: number;
  funded: number;
  coverage: number | null;
  projects: number;
}

export function Coverage({ value }: { value: number | null }) {
  const format = useFormat();
  if (value === null) return <Text c="dimmed">{format.missing}</Text>;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {/* The bar repeats the percentage beside it, so assistive technology reads the number only. */}
      <Progress
        aria-hidden
        value={Math.min(value, 100)}
        color={value >= 100 ? "teal" : value >= 50 ? "blue" : "orange"}
        w={90}
        size="md"
      />
      <Text span ff="monospace" miw="4.5em" ta="right">
        {format.percent(value)}
      </Text>
    </Group>
  );
}

/** Required vs funded vs coverage per group, with the total in the footer. */
export function ComparisonTable({
  by,
  lines,
  total,
  caption,
}: {
  by: AppealGrouping;
  lines: ComparisonLine[];
  total: ComparisonLine | undefined;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => format.money(formatMoney(cents));
  const cells = (line: ComparisonLine) => (
    <>
      <Table.Td ta="right" ff="monospace">
        {money(line.required)}
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        {money(line.funded)}
      </Table.Td>
      <Table.Td>
        <Coverage value={line.coverage} />
      </Table.Td>
      <Table.Td ta="right">{format.number(line.projects)}</Table.Td>
    </>
  );
  return (
    <ScrollRegion label={t("common.tableOf", { name: caption })} minWidth={640}>
      <Table striped highlightOnHover stickyHeader verticalSpacing="xs">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {by === "country" && <Table.Th scope="col">{t("appeal.columns.region")}</Table.Th>}
            <Table.Th scope="col">{t(`appeal.columns.${by}`)}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("appeal.columns.required")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("appeal.columns.funded")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("appeal.columns.coverage")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("appeal.columns.projects")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.key}>
              {by === "country" && <Table.Td>{line.region}</Table.Td>}
              <Table.Th
                scope="row"
                fw={line.kind === "group" ? 500 : 400}
                fs={line.kind === "group" ? undefined : "italic"}
              >
                {line.label}
              </Table.Th>
              {cells(line)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              {by === "country" && <Table.Td />}
              <Table.Th scope="row">{total.label}</Table.Th>
              {cells(total)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ScrollRegion>
  );
}

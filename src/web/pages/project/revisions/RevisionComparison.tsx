/**
 * A revision's budgets side by side, like the resubmission changes: the total, each share of an
 * area of work and of an activity type, and each year of the project, before and after, with the
 * change; rows that change are marked in words, not only in colour.
 */
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatMoney, parseMoney } from "../../../../domain/money";
import type { BudgetSnapshotView } from "../../../../domain/revisions";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { useFormat } from "../../../lib/format";
import { useReferenceData } from "../../../lib/reference";

type Share = BudgetSnapshotView["areaShares"][number];

function cents(amount: string | undefined): number {
  return amount === undefined ? 0 : (parseMoney(amount) ?? 0);
}

export function RevisionComparison({
  before,
  after,
}: {
  before: BudgetSnapshotView;
  after: BudgetSnapshotView;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();

  const change = (from: string | undefined, to: string | undefined) => {
    const delta = cents(to) - cents(from);
    if (delta === 0)
      return (
        <Text span size="sm" c="dimmed">
          {t("revisions.unchanged")}
        </Text>
      );
    return (
      <Badge variant="light" color={delta > 0 ? "teal" : "orange"} style={{ textTransform: "none" }}>
        {delta > 0 ? "+" : ""}
        {format.money(formatMoney(delta))}
      </Badge>
    );
  };
  const shareCell = (share: Share | undefined) =>
    share ? `${format.percent(share.percent)} · ${format.money(share.amount)}` : format.missing;

  const shareRows = (list: "areasOfWork" | "activityTypes", from: Share[], to: Share[]) => {
    const codes = [...new Set([...from.map((s) => s.code), ...to.map((s) => s.code)])].sort();
    return codes.map((code) => {
      const a = from.find((s) => s.code === code);
      const b = to.find((s) => s.code === code);
      return (
        <Table.Tr key={`${list}-${code}`}>
          <Table.Th scope="row" fw={400} pl="lg">
            {refs.name(list, code)}
          </Table.Th>
          <Table.Td ta="right">{shareCell(a)}</Table.Td>
          <Table.Td ta="right">{shareCell(b)}</Table.Td>
          <Table.Td ta="right">{change(a?.amount, b?.amount)}</Table.Td>
        </Table.Tr>
      );
    });
  };
  const group = (title: string) => (
    <Table.Tr>
      <Table.Th scope="rowgroup" colSpan={4}>
        {title}
      </Table.Th>
    </Table.Tr>
  );

  const years = Math.max(before.years.length, after.years.length);
  return (
    <ScrollRegion label={t("revisions.comparisonCaption")} minWidth={520}>
      <Table fz="sm" verticalSpacing={6} withTableBorder>
        <Table.Caption>{t("revisions.comparisonCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("revisions.item")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("revisions.current")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("revisions.revised")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("revisions.change")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t("revisions.total")}</Table.Th>
            <Table.Td ta="right">{format.money(before.total)}</Table.Td>
            <Table.Td ta="right">{format.money(after.total)}</Table.Td>
            <Table.Td ta="right">{change(before.total, after.total)}</Table.Td>
          </Table.Tr>
          {group(t("revisions.byArea"))}
          {shareRows("areasOfWork", before.areaShares, after.areaShares)}
          {group(t("revisions.byActivity"))}
          {shareRows("activityTypes", before.activityShares, after.activityShares)}
          {group(t("revisions.byYear"))}
          {Array.from({ length: years }, (_, i) => {
            const a = before.years[i];
            const b = after.years[i];
            const period = b ?? a;
            return (
              <Table.Tr key={`year-${period?.start ?? i}`}>
                <Table.Th scope="row" fw={400} pl="lg">
                  {t("revisions.year", {
                    n: i + 1,
                    from: format.date(period?.start),
                    to: format.date(period?.end),
                  })}
                </Table.Th>
                <Table.Td ta="right">{format.money(a?.amount)}</Table.Td>
                <Table.Td ta="right">{format.money(b?.amount)}</Table.Td>
                <Table.Td ta="right">{change(a?.amount, b?.amount)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

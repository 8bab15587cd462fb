import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportingRulesItem } from "../../../domain/reports";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";

/** Every fund line's rules side by side, as everyone reads them. */
export function ReportingRulesTable({ items }: { items: ReportingRulesItem[] }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const format = useFormat();
  const days = (count: number) =>
    t("reports.reportingRules.days", { count, formatted: format.number(count) });
  const rows: [string, (rules: ReportingRulesItem) => string][] = [
    [
      t("reports.reportingRules.interimPeriodMonths"),
      (r) => t("reports.reportingRules.months", { count: r.interimPeriodMonths }),
    ],
    [t("reports.reportingRules.interimDueDays"), (r) => days(r.interimDueDays)],
    [t("reports.reportingRules.finalDueDays"), (r) => days(r.finalDueDays)],
    [
      t("reports.reportingRules.reminderLeadDays"),
      (r) =>
        r.reminderLeadDays.length === 0
          ? t("reports.reportingRules.noReminders")
          : r.reminderLeadDays.map((d) => format.number(d)).join(", "),
    ],
    [t("reports.reportingRules.overdueRepeatDays"), (r) => days(r.overdueRepeatDays)],
  ];
  return (
    <ScrollRegion label={t("reports.reportingRules.tableLabel")} minWidth={520}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("reports.reportingRules.rule")}</Table.Th>
            {items.map((item) => (
              <Table.Th key={item.fundLine} scope="col">
                {refs.name("fundLines", item.fundLine)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              {items.map((item) => (
                <Table.Td key={item.fundLine}>{value(item)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

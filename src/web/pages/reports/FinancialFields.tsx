/**
 * The financial report's inputs: expenditure to date per area of work and per activity type, one
 * row for each of the project's budget shares, with both totals and a warning while they differ.
 */
import { Alert, Input, Paper, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "../../../domain/money";
import type { ReportDetail } from "../../../domain/reports";
import { MoneyInput } from "../../components/MoneyInput";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./Reports.module.css";
import { type ReportForm, totalCents } from "./reportValues";

type List = "areaExpenditures" | "activityExpenditures";

export function FinancialFields({ form, report }: { form: ReportForm; report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byArea = totalCents(form.values.areaExpenditures);
  const byActivity = totalCents(form.values.activityExpenditures);
  return (
    <Section title={t("reports.financial.expenditure")}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("reports.financial.expenditureHelp")}
        </Text>
        <ApprovedBudget amount={report.approvedBudget} />
        {byArea !== byActivity && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("reports.financial.totalsDifferTitle")}
          >
            {t("reports.financial.totalsDiffer", {
              byArea: format.money(formatMoney(byArea)),
              byActivity: format.money(formatMoney(byActivity)),
            })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: "start" }}>
          <ExpenditureTable form={form} list="areaExpenditures" />
          <ExpenditureTable form={form} list="activityExpenditures" />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

export function ApprovedBudget({ amount }: { amount: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper p="sm" bg="gray.0" w="fit-content">
      <Text size="sm" c="dimmed">
        {t("reports.financial.approvedBudget")}
      </Text>
      <Text size="lg" fw={700} className={classes.numeric}>
        {format.money(amount)}
      </Text>
    </Paper>
  );
}

function ExpenditureTable({ form, list }: { form: ReportForm; list: List }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const codeList = list === "areaExpenditures" ? "areasOfWork" : "activityTypes";
  const rows = form.values[list];
  const listError = form.errors[list];
  return (
    <Stack gap={4} data-path={list}>
      <Table verticalSpacing={6} fz="sm">
        <Table.Caption style={{ captionSide: "top", textAlign: "left", fontWeight: 650 }}>
          {t(list === "areaExpenditures" ? "reports.financial.byArea" : "reports.financial.byActivity")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {t(list === "areaExpenditures" ? "reports.financial.area" : "reports.financial.activity")}
            </Table.Th>
            <Table.Th scope="col" ta="right" w={200}>
              {t("reports.financial.amount")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const name = refs.name(codeList, row.code);
            const path = `${list}.${index}.amount`;
            return (
              <Table.Tr key={row.code}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>
                  <MoneyInput
                    aria-label={t("reports.financial.amountOf", { name })}
                    data-path={path}
                    value={form.values[list][index]?.amount ?? ""}
                    error={form.errors[path]}
                    onChange={(value) => form.setFieldValue(path, value)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t("reports.financial.total")}</Table.Th>
            <Table.Td ta="right" fw={700} className={classes.numeric}>
              {format.money(formatMoney(totalCents(rows)))}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {listError ? <Input.Error role="alert">{listError}</Input.Error> : null}
    </Stack>
  );
}

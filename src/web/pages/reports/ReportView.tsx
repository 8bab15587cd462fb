/** A report's content as everyone reads it once it is not (or not yet) theirs to edit. */
import { SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { ReportDetail } from "../../../domain/reports";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { ApprovedBudget } from "./FinancialFields";
import { groupIndicators } from "./indicatorGroups";
import classes from "./Reports.module.css";

export function ReportView({ report }: { report: ReportDetail }) {
  return report.kind === "narrative" ? (
    <>
      <IndicatorsView report={report} />
      <ReachedView report={report} />
      <TextsView report={report} />
    </>
  ) : (
    <ExpenditureView report={report} />
  );
}

function IndicatorsView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = new Map(report.indicatorValues.map((v) => [v.indicatorId, v]));
  return (
    <Section title={t("reports.narrative.indicators")}>
      {report.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reports.narrative.noIndicators")}
        </Text>
      ) : (
        <Stack gap="lg">
          {groupIndicators(report.indicators).map((group) => {
            const title = group.result
              ? t("reports.narrative.measures", {
                  level: t(`reports.narrative.level.${group.level}`),
                  result: group.result,
                })
              : t(`reports.narrative.level.${group.level}`);
            return (
              <Stack key={group.key} gap="xs">
                <Title order={3} size="h5">
                  {title}
                </Title>
                <ScrollRegion label={title} minWidth={720}>
                  {/* Fixed columns line the groups' tables up under one another. */}
                  <Table verticalSpacing={6} fz="sm" layout="fixed">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w="34%">
                          {t("reports.narrative.indicator")}
                        </Table.Th>
                        <Table.Th scope="col" ta="right" w="12%">
                          {t("reports.narrative.baseline")}
                        </Table.Th>
                        <Table.Th scope="col" ta="right" w="12%">
                          {t("reports.narrative.target")}
                        </Table.Th>
                        <Table.Th scope="col" ta="right" w="12%">
                          {t("reports.narrative.previousActual")}
                        </Table.Th>
                        <Table.Th scope="col" ta="right" w="12%">
                          {t("reports.narrative.actual")}
                        </Table.Th>
                        <Table.Th scope="col">{t("reports.narrative.commentHeader")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {group.items.map(({ indicator }) => {
                        const value = values.get(indicator.id);
                        return (
                          <Table.Tr key={indicator.id}>
                            <Table.Th scope="row" fw={500}>
                              {indicator.name}
                              {indicator.unit && (
                                <Text span size="xs" c="dimmed">
                                  {" "}
                                  ({indicator.unit})
                                </Text>
                              )}
                            </Table.Th>
                            <Table.Td ta="right" className={classes.numeric}>
                              {format.number(indicator.baseline)}
                            </Table.Td>
                            <Table.Td ta="right" className={classes.numeric}>
                              {format.number(indicator.target)}
                            </Table.Td>
                            <Table.Td ta="right" className={classes.numeric}>
                              {indicator.previousActual === null
                                ? format.missing
                                : format.number(indicator.previousActual)}
                            </Table.Td>
                            <Table.Td ta="right" fw={600} className={classes.numeric}>
                              {value ? format.number(value.actual) : t("reports.narrative.notEntered")}
                            </Table.Td>
                            <Table.Td className={classes.prose}>{value?.comment || format.missing}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

function ReachedView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const key = (g: { type: string; sex: string; ageGroup: string }) => `${g.type}|${g.sex}|${g.ageGroup}`;
  const reached = new Map(report.beneficiaries.map((g) => [key(g), g.number]));
  const targets = new Map(report.targetBeneficiaries.map((g) => [key(g), g.number]));
  // Every group either side: what was reached, and what was targeted but not reported.
  const groups = [...report.beneficiaries, ...report.targetBeneficiaries.filter((g) => !reached.has(key(g)))];
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, n) => sum + n, 0);
  return (
    <Section title={t("reports.narrative.beneficiaries")}>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("reports.narrative.noBeneficiaries")}
        </Text>
      ) : (
        <ScrollRegion label={t("reports.narrative.beneficiariesTable")} minWidth={560}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("beneficiary.type")}</Table.Th>
                <Table.Th scope="col">{t("beneficiary.sex")}</Table.Th>
                <Table.Th scope="col">{t("beneficiary.ageGroup")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("reports.narrative.reached")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("reports.narrative.target")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => {
                const number = reached.get(key(g));
                const target = targets.get(key(g));
                return (
                  <Table.Tr key={key(g)}>
                    <Table.Td>{refs.name("beneficiaryTypes", g.type)}</Table.Td>
                    <Table.Td>{t(`sex.${g.sex}`)}</Table.Td>
                    <Table.Td>{t(`ageGroup.${g.ageGroup}`)}</Table.Td>
                    <Table.Td ta="right" className={classes.numeric}>
                      {number === undefined ? format.missing : format.number(number)}
                    </Table.Td>
                    <Table.Td ta="right" className={classes.numeric}>
                      {target === undefined ? format.missing : format.number(target)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={3}>
                  {t("beneficiary.total")}
                </Table.Th>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(total(reached))}
                </Table.Td>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(total(targets))}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollRegion>
      )}
    </Section>
  );
}

function TextsView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t("reports.narrative.texts")}>
      <Stack gap="md">
        {(["challenges", "lessonsLearned", "goodPractices"] as const).map((field) => (
          <div key={field}>
            <Title order={3} size="h5" mb={4}>
              {t(`reports.narrative.${field}`)}
            </Title>
            <Text size="sm" className={classes.prose} c={report[field] ? undefined : "dimmed"}>
              {report[field] || t("reports.narrative.nothingWritten")}
            </Text>
          </div>
        ))}
      </Stack>
    </Section>
  );
}

function ExpenditureView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const tables = [
    {
      caption: t("reports.financial.byArea"),
      header: t("reports.financial.area"),
      list: "areasOfWork" as const,
      rows: report.areaExpenditures.map((e) => ({ code: e.area, amount: e.amount })),
    },
    {
      caption: t("reports.financial.byActivity"),
      header: t("reports.financial.activity"),
      list: "activityTypes" as const,
      rows: report.activityExpenditures.map((e) => ({ code: e.activity, amount: e.amount })),
    },
  ];
  return (
    <Section title={t("reports.financial.expenditure")}>
      <Stack gap="md">
        <ApprovedBudget amount={report.approvedBudget} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: "start" }}>
          {tables.map((table) => (
            <AmountTable key={table.list} {...table} />
          ))}
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

function AmountTable({
  caption,
  header,
  list,
  rows,
}: {
  caption: string;
  header: string;
  list: "areasOfWork" | "activityTypes";
  rows: { code: string; amount: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const total = rows.reduce((sum, row) => sum + (parseMoney(row.amount) ?? 0), 0);
  return (
    <Table verticalSpacing={6} fz="sm">
      <Table.Caption style={{ captionSide: "top", textAlign: "left", fontWeight: 650 }}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{header}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("reports.financial.amount")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={2} c="dimmed">
              {t("reports.financial.noRows")}
            </Table.Td>
          </Table.Tr>
        ) : (
          rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={500}>
                {refs.name(list, row.code)}
              </Table.Th>
              <Table.Td ta="right" className={classes.numeric}>
                {format.money(row.amount)}
              </Table.Td>
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t("reports.financial.total")}</Table.Th>
          <Table.Td ta="right" fw={700} className={classes.numeric}>
            {format.money(formatMoney(total))}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

import { Alert, Badge, Button, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { ProjectDetail } from "../../../domain/project";
import { burnPace, type ProjectSpending, type SpendingLineFigures } from "../../../domain/spending";
import { projectSpendingExportHref, useProjectSpending } from "../../api/spending";
import { PrintSkip } from "../../components/PrintSkip";
import { QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectPage.module.css";

function LineTable({
  title,
  lines,
  list,
  flags,
}: {
  title: string;
  lines: SpendingLineFigures[];
  list: "areasOfWork" | "activityTypes";
  flags: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const percent = (value: number | null) => (value === null ? "—" : format.percent(value));
  return (
    <div>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <ScrollRegion label={title}>
        <Table verticalSpacing={6} fz="sm" data-testid={`spending-${list}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {t(list === "areasOfWork" ? "spending.columns.area" : "spending.columns.activity")}
              </Table.Th>
              <Table.Th ta="right">{t("spending.columns.budget")}</Table.Th>
              <Table.Th ta="right">{t("spending.columns.spent")}</Table.Th>
              <Table.Th ta="right">{t("spending.columns.spentPercent")}</Table.Th>
              <Table.Th ta="right">{t("spending.columns.spendingShare")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.code} data-flagged={line.flagged || undefined}>
                <Table.Td>
                  {refs.name(list, line.code)}{" "}
                  <Text span size="xs" c="dimmed">
                    {line.share > 0 ? format.percent(line.share) : t("spending.section.notBudgeted")}
                  </Text>
                  {flags && line.flagged && (
                    <Badge
                      color="orange"
                      variant="light"
                      ml={6}
                      miw="max-content"
                      leftSection={<IconAlertTriangle size={12} aria-hidden />}
                    >
                      {t("spending.section.flagged")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.money(line.budget)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {format.money(line.spent)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {percent(line.spentPercent)}
                </Table.Td>
                <Table.Td ta="right" className={classes.numeric}>
                  {percent(line.spendingShare)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </div>
  );
}

function BurnRate({ burn }: { burn: NonNullable<ProjectSpending["burnRate"]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pace = burnPace({ spentTenths: burn.spentPercent * 10, elapsedTenths: burn.elapsedPercent * 10 });
  return (
    <Stack gap={6} data-testid="burn-rate">
      <Title order={3} size="h5">
        {t("spending.burn.title")}
      </Title>
      <Text size="sm">
        {t("spending.burn.text", {
          spent: burn.spentPercent,
          elapsed: burn.elapsedPercent,
          elapsedDays: burn.elapsedDays,
          plannedDays: burn.plannedDays,
          start: format.date(burn.start),
          end: format.date(burn.end),
        })}{" "}
        <strong>{t(`spending.burn.${pace}`)}</strong>
      </Text>
      <Text size="xs">{t("spending.burn.spentLabel")}</Text>
      <Progress
        value={Math.min(100, burn.spentPercent)}
        color={pace === "faster" ? "orange" : "prima"}
        aria-hidden
      />
      <Text size="xs">{t("spending.burn.elapsedLabel")}</Text>
      <Progress value={burn.elapsedPercent} color="gray" aria-hidden />
    </Stack>
  );
}

/** Budget against spending to date, per area of work and activity type, with flags and the burn rate. */
export function SpendingSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useProjectSpending(project.id);
  const figures = query.data;
  const title = t("spending.section.title");
  if (query.isError) {
    return (
      <Section title={title}>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Section>
    );
  }
  if (!figures) {
    return (
      <Section title={title}>
        <Text size="sm" c="dimmed">
          {t("spending.section.loading")}
        </Text>
      </Section>
    );
  }
  if (figures.state === "notApplicable") {
    return (
      <Section title={title}>
        <Text size="sm" c="dimmed">
          {t("spending.section.notApplicable")}
        </Text>
      </Section>
    );
  }
  const overspentBy =
    figures.state === "overspent" ? formatMoney(-(parseMoney(figures.unspent ?? "0") ?? 0)) : null;
  return (
    <Section
      title={title}
      actions={
        <PrintSkip>
          <Button
            component="a"
            href={projectSpendingExportHref(project.id, currentLanguage())}
            download
            variant="default"
            size="xs"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            // A long label wraps on a phone instead of being cut.
            styles={{
              root: { height: "auto", paddingBlock: 6 },
              label: { whiteSpace: "normal", lineHeight: 1.3 },
            }}
          >
            {t("spending.section.export")}
          </Button>
        </PrintSkip>
      }
    >
      <Stack gap="md" data-testid="spending-section">
        <Text size="sm" c="dimmed">
          {figures.report
            ? t("spending.section.fromReport", { date: format.date(figures.report.periodEnd) })
            : t("spending.section.noReport")}{" "}
          {t("spending.section.flagRule", { threshold: figures.thresholdPercent })}
        </Text>
        <Group gap="xl">
          <Figure label={t("spending.section.approved")} value={format.money(figures.approved)} />
          <Figure label={t("spending.section.spent")} value={format.money(figures.spent)} />
          <Figure label={t("spending.section.unspent")} value={format.money(figures.unspent)} />
          <Figure
            label={t("spending.section.spentPercent")}
            value={figures.spentPercent === null ? "—" : format.percent(figures.spentPercent)}
          />
        </Group>
        {overspentBy && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t("spending.section.overspent", { amount: format.money(overspentBy) })}
          </Alert>
        )}
        {figures.burnRate && <BurnRate burn={figures.burnRate} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <LineTable title={t("spending.section.areas")} lines={figures.areas} list="areasOfWork" flags />
          <LineTable
            title={t("spending.section.activities")}
            lines={figures.activities}
            list="activityTypes"
            flags={false}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} className={classes.numeric}>
        {value}
      </Text>
    </div>
  );
}

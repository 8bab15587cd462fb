import { Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Progress as ProjectProgress } from "../../../../domain/progress";
import type { ProjectDetail } from "../../../../domain/project";
import { useProgress } from "../../../api/results";
import { Section } from "../../../components/Section";
import { useFormat } from "../../../lib/format";
import { useReferenceData } from "../../../lib/reference";
import classes from "../ProjectPage.module.css";
import { SectionLoadError } from "./ResultsParts";

/**
 * Targets vs actuals: each indicator's baseline, target and latest accepted actual with the share
 * of the way covered, and beneficiaries targeted vs reached. Shown once the project has indicators.
 */
export function ProgressSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = useProgress(project.id);
  if (progress.error) {
    return (
      <Section title={t("results.progress.title")}>
        <SectionLoadError onRetry={() => void progress.refetch()} />
      </Section>
    );
  }
  const data = progress.data;
  if (!data || data.indicators.length === 0) return null;
  return (
    <Section title={t("results.progress.title")}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {data.asOf
            ? t("results.progress.asOf", { date: format.date(data.asOf.periodEnd) })
            : t("results.progress.noReport")}
        </Text>
        <IndicatorTable indicators={data.indicators} />
        <BeneficiaryTable progress={data} />
      </Stack>
    </Section>
  );
}

function IndicatorTable({ indicators }: { indicators: ProjectProgress["indicators"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = (value: number | null) => (value === null ? format.missing : format.number(value));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} fz="sm" aria-label={t("results.progress.indicatorsCaption")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("results.progress.indicator")}</Table.Th>
            <Table.Th>{t("results.progress.unit")}</Table.Th>
            <Table.Th ta="right">{t("results.progress.baseline")}</Table.Th>
            <Table.Th ta="right">{t("results.progress.target")}</Table.Th>
            <Table.Th ta="right">{t("results.progress.actual")}</Table.Th>
            <Table.Th w={220}>{t("results.progress.achieved")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600}>
                  {indicator.name}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {indicator.result
                    ? t("results.progress.levelOf", {
                        level: t(`results.progress.levels.${indicator.level}`),
                        result: indicator.result,
                      })
                    : t(`results.progress.levels.${indicator.level}`)}
                </Text>
              </Table.Th>
              <Table.Td>{indicator.unit}</Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {figure(indicator.baseline)}
              </Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {figure(indicator.target)}
              </Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {figure(indicator.actual)}
              </Table.Td>
              <Table.Td>
                <Achieved name={indicator.name} percent={indicator.percentAchieved} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The share achieved as a number and a bar; the bar stops at 100 %, the number does not. */
function Achieved({ name, percent }: { name: string; percent: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (percent === null) {
    return (
      <Text size="sm" c="dimmed" title={t("results.progress.notAvailableHelp")}>
        {t("results.progress.notAvailable")}
        <VisuallyHidden> ({t("results.progress.notAvailableHelp")})</VisuallyHidden>
      </Text>
    );
  }
  const bar = Math.max(0, Math.min(100, percent));
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={bar}
        aria-label={t("results.progress.achievedLabel", { indicator: name })}
        color={percent >= 100 ? "teal" : "prima"}
        size="md"
        style={{ flex: 1, minWidth: 80 }}
      />
      <Text size="sm" fw={600} className={classes.numeric} miw={52} ta="right">
        {format.percent(percent)}
      </Text>
    </Group>
  );
}

function BeneficiaryTable({ progress }: { progress: ProjectProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("results.progress.beneficiaries")}
      </Title>
      {progress.beneficiaries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("results.progress.noBeneficiaries")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} fz="sm" aria-label={t("results.progress.beneficiariesCaption")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("results.progress.type")}</Table.Th>
                <Table.Th>{t("results.progress.sex")}</Table.Th>
                <Table.Th>{t("results.progress.ageGroup")}</Table.Th>
                <Table.Th ta="right">{t("results.progress.targeted")}</Table.Th>
                <Table.Th ta="right">{t("results.progress.reached")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.beneficiaries.map((row) => (
                <Table.Tr key={`${row.type}-${row.sex}-${row.ageGroup}`}>
                  <Table.Td>{refs.name("beneficiaryTypes", row.type)}</Table.Td>
                  <Table.Td>{t(`sex.${row.sex}`)}</Table.Td>
                  <Table.Td>{t(`ageGroup.${row.ageGroup}`)}</Table.Td>
                  <Table.Td ta="right" className={classes.numeric}>
                    {format.number(row.targeted)}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.numeric}>
                    {format.number(row.reached)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={3}>
                  {t("results.progress.total")}
                </Table.Th>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(progress.totals.targeted)}
                </Table.Td>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(progress.totals.reached)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import { Group, Progress, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Progress as ProjectProgress } from "../../../../domain/progress";
import type { ProjectDetail } from "../../../../domain/project";
import { useProgress } from "../../../api/results";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { Section } from "../../../components/Section";
import { useFormat } from "../../../lib/format";
import { useReferenceData } from "../../../lib/reference";
import classes from "../ProjectPage.module.css";
import { SectionLoadError } from "./ResultsParts";

/**
 * Targets vs actuals: each indicator's baseline, target and latest accepted actual with the share
 * of the way covered, and beneficiaries targeted vs reached per type with the reached breakdown.
 * Shown once the project has indicators.
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
    <ScrollRegion label={t("results.progress.indicatorsCaption")} minWidth={720}>
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
                <Achieved
                  label={t("results.progress.achievedLabel", { indicator: indicator.name })}
                  percent={indicator.percentAchieved}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** The share achieved as a number and a bar; the bar stops at 100 %, the number does not. */
function Achieved({ label, percent }: { label: string; percent: number | null }) {
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
        aria-label={label}
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

type BeneficiaryRow = ProjectProgress["beneficiaries"][number];

/**
 * The reached figure of a type by sex and by age group as compact text ("Female 1,300 · Male
 * 1,200"); a breakdown that is only "all sexes" or "all ages" says nothing and is left out.
 */
function useBreakdown() {
  const { t } = useTranslation();
  const format = useFormat();
  const line = (prefix: "sex" | "ageGroup", counts: Record<string, number>) => {
    const counted = Object.entries(counts).filter(([, n]) => n > 0);
    if (counted.length === 0 || (counted.length === 1 && counted[0]?.[0] === "all")) return null;
    return counted.map(([key, n]) => `${t(`${prefix}.${key}`)} ${format.number(n)}`).join(" · ");
  };
  return (row: BeneficiaryRow) =>
    [line("sex", row.reachedBySex), line("ageGroup", row.reachedByAge)].filter(
      (text): text is string => text !== null,
    );
}

function BeneficiaryTable({ progress }: { progress: ProjectProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const breakdown = useBreakdown();
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
        <ScrollRegion label={t("results.progress.beneficiariesCaption")} minWidth={720}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Caption>
              <VisuallyHidden>{t("results.progress.beneficiariesCaption")}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("results.progress.type")}</Table.Th>
                <Table.Th ta="right">{t("results.progress.targeted")}</Table.Th>
                <Table.Th ta="right">{t("results.progress.reached")}</Table.Th>
                <Table.Th w={220}>{t("results.progress.percentReached")}</Table.Th>
                <Table.Th>{t("results.progress.breakdown")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.beneficiaries.map((row) => {
                const type = refs.name("beneficiaryTypes", row.type);
                const lines = breakdown(row);
                return (
                  <Table.Tr key={row.type}>
                    <Table.Th scope="row" fw={400}>
                      {type}
                    </Table.Th>
                    <Table.Td ta="right" className={classes.numeric}>
                      {row.targeted === 0 ? format.missing : format.number(row.targeted)}
                    </Table.Td>
                    <Table.Td ta="right" className={classes.numeric}>
                      {format.number(row.reached)}
                    </Table.Td>
                    <Table.Td>
                      {row.percentReached === null ? (
                        <Text size="sm" c="dimmed">
                          {t("results.progress.noTarget")}
                        </Text>
                      ) : (
                        <Achieved
                          label={t("results.progress.reachedLabel", { type })}
                          percent={row.percentReached}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {lines.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t("results.progress.notSplit")}
                        </Text>
                      ) : (
                        lines.map((text) => (
                          <Text key={text} size="xs" className={classes.numeric}>
                            {text}
                          </Text>
                        ))
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t("results.progress.total")}</Table.Th>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(progress.totals.targeted)}
                </Table.Td>
                <Table.Td ta="right" fw={700} className={classes.numeric}>
                  {format.number(progress.totals.reached)}
                </Table.Td>
                <Table.Td colSpan={2} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}

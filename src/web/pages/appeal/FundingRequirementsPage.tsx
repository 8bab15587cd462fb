import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload, IconInfoCircle } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  APPEAL_GROUPINGS,
  type AppealGrouping,
  type ComparisonRowKind,
  labelComparisonTable,
} from "../../../domain/appealComparison";
import { formatMoney } from "../../../domain/money";
import { appealExportUrl, type ComparisonParams, useAppealComparison, useAppeals } from "../../api/appeal";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { currentLanguage } from "../../i18n";
import { comparisonRowLabel } from "../../i18n/figureTexts";
import { useAddressParams } from "../../lib/addressParams";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { useTitle } from "../../lib/useTitle";
import { ComparisonChart } from "./ComparisonChart";
import { type ComparisonLine, ComparisonTable, Coverage } from "./ComparisonTable";

const ALL = "all";

/** The grouping and filters live in the URL; the funding year defaults to the appeal's year. */
function useComparisonParams(appealYear: number | undefined) {
  const [params, change] = useAddressParams();
  const by = APPEAL_GROUPINGS.includes(params.get("by") as AppealGrouping)
    ? (params.get("by") as AppealGrouping)
    : "region";
  const year = params.get("fundingYear") ?? (appealYear === undefined ? ALL : String(appealYear));
  const query: ComparisonParams = {
    by,
    fundingYear: year === ALL ? undefined : Number(year) || undefined,
    fundLine: params.get("fundLine") || undefined,
    region: by === "country" ? params.get("region") || undefined : undefined,
  };
  const update = (patch: Record<string, string | null>) =>
    change(
      (next) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === "") next.delete(key);
          else next.set(key, value);
        }
      },
      { replace: true },
    );
  return { query, year, update };
}

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} component="div">
        {value}
      </Text>
    </Paper>
  );
}

/** The appeal's funding requirements against the funded projects, by region, country or area of work. */
export default function FundingRequirementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const language = currentLanguage();
  const appeals = useAppeals();
  const [params] = useSearchParams();
  const chosen = params.get("appeal");
  const appeal = appeals.data?.items.find((a) => a.code === chosen) ?? appeals.data?.items.at(-1);
  const { query, year, update } = useComparisonParams(appeal?.year);
  const comparison = useAppealComparison(appeal?.code, query);
  useTitle(t("appeal.title"));

  const { lines, total } = useMemo(() => {
    const table = comparison.data?.tables[0];
    if (!table) return { lines: [] as ComparisonLine[], total: undefined };
    const lists = { region: "regions", country: "countries", area: "areasOfWork" } as const;
    const labelled = labelComparisonTable(
      table,
      (column, code) => refs.name(lists[column], code),
      (kind) => comparisonRowLabel(kind, language),
    );
    const all = labelled.rows.map((row, index): ComparisonLine => {
      const original = table.rows[index] ?? {};
      return {
        key: `${original.row}:${original.region ?? ""}:${original.country ?? ""}:${original.area ?? ""}`,
        kind: String(row.row),
        label: String(row[query.by] ?? ""),
        region: query.by === "country" ? String(row.region ?? "") : null,
        required: Number(row.required),
        funded: Number(row.funded),
        coverage: row.coverage === null ? null : Number(row.coverage),
        projects: Number(row.projects),
      };
    });
    return {
      lines: all.filter((line) => line.kind !== ("total" satisfies ComparisonRowKind)),
      total: all.find((line) => line.kind === "total"),
    };
  }, [comparison.data, refs, language, query.by]);

  if (appeals.isLoading) return <PageLoader />;
  if (appeals.error) return <QueryError error={appeals.error} onRetry={() => void appeals.refetch()} />;
  if (!appeal) {
    return (
      <Stack gap="md" maw={1100} mx="auto">
        <Title order={1}>{t("appeal.title")}</Title>
        <Alert icon={<IconInfoCircle aria-hidden />} title={t("appeal.noneTitle")}>
          {t("appeal.none")}{" "}
          <Code>prima import appeal src/server/db/seed/reference/appeal-2016.txt --code 2016</Code>
        </Alert>
      </Stack>
    );
  }

  const groupingLabel = t(`appeal.groupingName.${query.by}`);
  const years = (refs.reference?.fundingYears ?? []).map((y) => ({
    value: String(y.year),
    label: String(y.year),
  }));
  const money = (cents: number) => format.money(formatMoney(cents));
  return (
    <Stack gap="md" maw={1200} mx="auto">
      <div>
        <Title order={1}>{t("appeal.title")}</Title>
        <Text size="sm" c="dimmed" maw={860}>
          {t("appeal.intro", { title: appeal.title, total: money(appeal.totalCents) })}
        </Text>
      </div>
      <Paper
        p="md"
        component="form"
        role="search"
        aria-label={t("appeal.filters")}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <div>
            <Text size="sm" fw={500} mb={4} id="appeal-grouping">
              {t("appeal.grouping")}
            </Text>
            <SegmentedControl
              aria-labelledby="appeal-grouping"
              fullWidth
              value={query.by}
              onChange={(by) => update({ by, region: null })}
              data={APPEAL_GROUPINGS.map((by) => ({ value: by, label: t(`appeal.by.${by}`) }))}
            />
          </div>
          <Select
            label={t("appeal.fundingYear")}
            data={[{ value: ALL, label: t("appeal.allYears") }, ...years]}
            value={year}
            onChange={(value) => update({ fundingYear: value })}
            allowDeselect={false}
          />
          <Select
            label={t("appeal.fundLine")}
            placeholder={t("appeal.allLines")}
            data={refs.options("fundLines")}
            value={query.fundLine ?? null}
            onChange={(value) => update({ fundLine: value })}
            clearable
          />
          {query.by === "country" && (
            <Select
              label={t("appeal.region")}
              placeholder={t("appeal.allRegions")}
              data={refs.options("regions")}
              value={query.region ?? null}
              onChange={(value) => update({ region: value })}
              clearable
              searchable
            />
          )}
        </SimpleGrid>
      </Paper>

      {comparison.isLoading ? (
        <PageLoader />
      ) : comparison.error ? (
        <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <Refreshing busy={comparison.isPlaceholderData}>
          <Stack gap="md">
            {total && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Figure label={t("appeal.columns.required")} value={money(total.required)} />
                <Figure label={t("appeal.columns.funded")} value={money(total.funded)} />
                <Figure label={t("appeal.columns.coverage")} value={<Coverage value={total.coverage} />} />
              </SimpleGrid>
            )}
            <Text size="sm" c="dimmed">
              {t("appeal.fundedNote")}
            </Text>
            <ComparisonChart
              lines={lines}
              title={t("appeal.chartTitle", { grouping: groupingLabel })}
              groupHeading={t(`appeal.columns.${query.by}`)}
            />
            <Paper withBorder p="md" component="section" aria-labelledby="appeal-table-title">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4" id="appeal-table-title">
                  {t("appeal.tableTitle", { grouping: groupingLabel })}
                </Title>
                <Group gap="xs">
                  {(["xlsx", "csv"] as const).map((fileFormat) => (
                    <Button
                      key={fileFormat}
                      component="a"
                      href={appealExportUrl(appeal.code, query, fileFormat, language)}
                      download
                      variant="light"
                      size="sm"
                      leftSection={<IconDownload size={16} aria-hidden />}
                    >
                      {t(`appeal.download.${fileFormat}`)}
                    </Button>
                  ))}
                </Group>
              </Group>
              <ComparisonTable
                by={query.by}
                lines={lines}
                total={total}
                caption={t("appeal.tableTitle", { grouping: groupingLabel })}
              />
            </Paper>
          </Stack>
        </Refreshing>
      )}
    </Stack>
  );
}

import { Anchor, Badge, Button, Group, NumberInput, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  ENDING_SOON_DAYS,
  type PortfolioSpendingQuery,
  type PortfolioSpendingRow,
  type SpendingState,
} from "../../../domain/spending";
import { portfolioSpendingExportHref, usePortfolioSpending } from "../../api/spending";
import { PageLoader } from "../../components/AppLayout";
import { loadFailure, QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { useAddressParams } from "../../lib/addressParams";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { useTitle } from "../../lib/useTitle";

const STATE_COLOURS: Record<SpendingState, string> = {
  notApplicable: "gray",
  noReport: "gray",
  onTrack: "green",
  flagged: "orange",
  overspent: "red",
};

/** The filters of the other portfolio views that apply here, kept in the address. */
function useFilters(): [
  PortfolioSpendingQuery,
  (key: keyof PortfolioSpendingQuery, value: string | null) => void,
] {
  const [params, change] = useAddressParams();
  const year = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined;
  };
  const filters: PortfolioSpendingQuery = {
    region: params.get("region") || undefined,
    yearFrom: year("yearFrom"),
    yearTo: year("yearTo"),
    fundLine: params.get("fundLine") || undefined,
  };
  const set = (key: keyof PortfolioSpendingQuery, value: string | null) => {
    change((next) => (value ? next.set(key, value) : next.delete(key)), { replace: true });
  };
  return [filters, set];
}

function SpendingTable({ rows, list }: { rows: PortfolioSpendingRow[]; list: "variance" | "unspent" }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("spending.page.empty")}
      </Text>
    );
  }
  return (
    <ScrollRegion
      label={t("common.tableOf", { name: t(`spending.page.${list}`) })}
      minWidth={820}
      maxHeight={560}
    >
      <Table striped fz="sm" data-testid={`spending-${list}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("spending.columns.title")}</Table.Th>
            <Table.Th scope="col">{t("spending.columns.state")}</Table.Th>
            <Table.Th scope="col">{t("spending.columns.end")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("spending.columns.approved")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("spending.columns.spent")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t(list === "variance" ? "spending.columns.variance" : "spending.columns.unspent")}
            </Table.Th>
            {list === "variance" && <Table.Th scope="col">{t("spending.columns.flaggedAreas")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.projectId}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/projects/${row.projectId}`} size="sm" underline="always">
                  {row.code}
                </Anchor>{" "}
                {row.title}
              </Table.Th>
              <Table.Td>
                <Badge color={STATE_COLOURS[row.state]} variant="light" miw="max-content">
                  {t(`spending.states.${row.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{format.date(row.end)}</Table.Td>
              <Table.Td ta="right">{format.money(row.approved)}</Table.Td>
              <Table.Td ta="right">
                {format.money(row.spent)}
                {row.spentPercent !== null && (
                  <Text span size="xs" c="dimmed">
                    {" "}
                    ({format.percent(row.spentPercent)})
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {list === "variance"
                  ? row.variance === null
                    ? "—"
                    : `${row.variance > 0 ? "+" : ""}${format.percent(row.variance)}`
                  : format.money(row.unspent)}
              </Table.Td>
              {list === "variance" && (
                <Table.Td>
                  {row.flaggedAreas
                    .map(
                      (a) =>
                        `${refs.name("areasOfWork", a.code)} (${format.percent(a.spendingShare)} / ${format.percent(a.share)})`,
                    )
                    .join(", ")}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function ExportLink({ list, filters }: { list: "variance" | "unspent"; filters: PortfolioSpendingQuery }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={portfolioSpendingExportHref(list, filters, currentLanguage())}
      download
      variant="default"
      size="xs"
      leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      aria-label={`${t("spending.page.export")}: ${t(`spending.page.${list}`)}`}
    >
      {t("spending.page.export")}
    </Button>
  );
}

/** The portfolio by spending: projects by variance and by unspent balance at their end date. */
export default function SpendingPage() {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const [filters, setFilter] = useFilters();
  const query = usePortfolioSpending(filters);
  useTitle(t("spending.page.title"));
  const data = query.data;
  const any = { value: "", label: t("spending.page.any") };

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <div>
        <Title order={1}>{t("spending.page.title")}</Title>
        {data && (
          <Text size="sm" c="dimmed" maw={820}>
            {t("spending.page.intro", { threshold: data.thresholdPercent })}
          </Text>
        )}
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t("spending.page.filters")}>
        <Select
          label={t("spending.page.region")}
          data={[any, ...refs.options("regions")]}
          value={filters.region ?? ""}
          onChange={(value) => setFilter("region", value)}
          w={220}
        />
        <NumberInput
          label={t("spending.page.yearFrom")}
          value={filters.yearFrom ?? ""}
          onChange={(value) => setFilter("yearFrom", value === "" ? null : String(value))}
          min={2000}
          max={2100}
          allowDecimal={false}
          w={180}
        />
        <NumberInput
          label={t("spending.page.yearTo")}
          value={filters.yearTo ?? ""}
          onChange={(value) => setFilter("yearTo", value === "" ? null : String(value))}
          min={2000}
          max={2100}
          allowDecimal={false}
          w={180}
        />
        <Select
          label={t("spending.page.fundLine")}
          data={[any, ...refs.options("fundLines")]}
          value={filters.fundLine ?? ""}
          onChange={(value) => setFilter("fundLine", value)}
          w={180}
        />
      </Group>
      {loadFailure(query) ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <PageLoader />
      ) : (
        <>
          <Section
            title={t("spending.page.variance")}
            actions={<ExportLink list="variance" filters={filters} />}
          >
            <Text size="sm" c="dimmed" mb="sm">
              {t("spending.page.varianceHelp")}
            </Text>
            <SpendingTable rows={data.byVariance} list="variance" />
          </Section>
          <Section
            title={t("spending.page.unspent")}
            actions={<ExportLink list="unspent" filters={filters} />}
          >
            <Text size="sm" c="dimmed" mb="sm">
              {t("spending.page.unspentHelp", { days: ENDING_SOON_DAYS })}
            </Text>
            <SpendingTable rows={data.byUnspent} list="unspent" />
          </Section>
        </>
      )}
    </Stack>
  );
}

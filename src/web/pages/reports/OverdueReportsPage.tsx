/**
 * The reports across the projects a user may read, by state; overdue first, because that is what
 * the fund manager comes here for. Filters and the page live in the URL, so a view can be shared.
 */
import {
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconFilterOff } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReportState } from "../../../domain/reportSchedule";
import { type ReportListItem, reportListQuery } from "../../../domain/reports";
import { type ReportListParams, useReportList } from "../../api/reports";
import { PageLoader } from "../../components/AppLayout";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { ReportStateBadge, useReportName } from "../../components/ReportStateBadge";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useCurrentUser } from "../../components/SignedIn";
import { useFormat } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useReferenceData } from "../../lib/reference";
import { useTitle } from "../../lib/useTitle";
import classes from "./Reports.module.css";

const PAGE_SIZE = 25;
/** The order of the tabs: what needs doing first. */
const TABS: readonly ReportState[] = ["overdue", "due", "submitted", "returned", "upcoming", "accepted"];
const FILTERS = ["region", "fundingYear", "fundLine", "q"] as const;
type Filter = (typeof FILTERS)[number];

/** The list's parameters from the URL, each parsed by the API's own schema; a bad one is ignored. */
function useReportParams() {
  const { params, update } = useListParams();
  const query = useMemo(() => {
    const shape = reportListQuery.shape;
    const state = shape.state.safeParse(params.get("state") ?? undefined);
    const mine = params.get("mine");
    const result: { state: ReportState; page: number; mine: boolean | undefined } & Partial<
      Record<Filter, string | number>
    > = {
      state: state.success && state.data !== "open" ? state.data : "overdue",
      page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
      mine: mine === "true" ? true : mine === "false" ? false : undefined,
    };
    for (const key of FILTERS) {
      const raw = params.get(key);
      if (!raw) continue;
      const parsed = shape[key].safeParse(raw);
      if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
    }
    return result;
  }, [params]);
  const hasFilters = FILTERS.some((key) => query[key] !== undefined);
  const clearFilters = () => update({ region: null, fundingYear: null, fundLine: null, q: null });
  return { query, update, hasFilters, clearFilters };
}

export default function OverdueReportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useTitle(t("reports.list.title"));
  const { query, update, hasFilters, clearFilters } = useReportParams();
  // A PM starts on the reports of their own projects; everyone can switch to the whole portfolio.
  const isManager = useCurrentUser().can.manageProjects;
  const mine = query.mine ?? isManager;
  const params: ReportListParams = {
    state: query.state,
    mine,
    region: query.region as string | undefined,
    fundingYear: query.fundingYear as number | undefined,
    fundLine: query.fundLine as string | undefined,
    q: query.q as string | undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  };
  const reports = useReportList(params);
  const data = reports.data;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  const stateName = t(`reports.state.${query.state}`);

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <div>
        <Title order={1}>{t("reports.list.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("reports.list.intro")}
        </Text>
      </div>

      <ScrollArea type="auto" offsetScrollbars>
        <SegmentedControl
          aria-label={t("reports.list.stateLabel")}
          value={query.state}
          onChange={(state) => update({ state })}
          data={TABS.map((state) => ({
            value: state,
            label: data
              ? t("reports.list.stateOption", {
                  state: t(`reports.state.${state}`),
                  count: data.counts[state],
                })
              : t(`reports.state.${state}`),
          }))}
        />
      </ScrollArea>

      <ReportFilters query={query} update={update} hasFilters={hasFilters} clearFilters={clearFilters} />
      {isManager && (
        <Switch
          label={t("filters.mine")}
          checked={mine}
          onChange={(event) => update({ mine: event.currentTarget.checked })}
        />
      )}

      {reports.isLoading ? (
        <PageLoader />
      ) : reports.error ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : data && data.items.length > 0 ? (
        <Refreshing busy={reports.isPlaceholderData}>
          <Paper>
            <ReportTable items={data.items} caption={t("reports.list.caption", { state: stateName })} />
            <Group justify="space-between" p="md" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t("reports.list.total", { count: data.total, formatted: format.number(data.total) })}
              </Text>
              <ListPagination pages={pages} page={query.page} onChange={(page) => update({ page })} />
            </Group>
          </Paper>
        </Refreshing>
      ) : (
        <Paper p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={600}>{t("reports.list.empty")}</Text>
              {hasFilters && (
                <Button variant="light" onClick={clearFilters}>
                  {t("filters.clear")}
                </Button>
              )}
            </Stack>
          </Center>
        </Paper>
      )}
    </Stack>
  );
}

type Params = ReturnType<typeof useReportParams>;

/** The list's search box, its words kept in the address. */
function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  return (
    <DebouncedSearchField
      value={value}
      onSearch={onSearch}
      label={t("filters.search")}
      placeholder={t("filters.searchPlaceholder")}
    />
  );
}

function ReportFilters({ query, update, hasFilters, clearFilters }: Params) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const years = (refs.reference?.fundingYears ?? [])
    .map((y) => String(y.year))
    .sort((a, b) => b.localeCompare(a));
  return (
    <Paper p="md" component="section" aria-label={t("filters.title")}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <SearchField value={String(query.q ?? "")} onSearch={(q) => update({ q })} />
        <Select
          label={t("filters.region")}
          placeholder={t("filters.all")}
          data={refs.options("regions")}
          value={(query.region as string | undefined) ?? null}
          onChange={(region) => update({ region })}
          clearable
          searchable
        />
        <Select
          label={t("filters.fundingYear")}
          placeholder={t("filters.all")}
          data={years}
          value={query.fundingYear ? String(query.fundingYear) : null}
          onChange={(fundingYear) => update({ fundingYear })}
          clearable
        />
        <Select
          label={t("filters.fundLine")}
          placeholder={t("filters.all")}
          data={refs.options("fundLines")}
          value={(query.fundLine as string | undefined) ?? null}
          onChange={(fundLine) => update({ fundLine })}
          clearable
        />
      </SimpleGrid>
      {hasFilters && (
        <Group justify="flex-end" mt="sm">
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={clearFilters}
          >
            {t("filters.clear")}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function ReportTable({ items, caption }: { items: ReportListItem[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportName = useReportName();
  return (
    <ScrollRegion label={caption} minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("reports.column.project")}</Table.Th>
            <Table.Th scope="col">{t("reports.column.report")}</Table.Th>
            <Table.Th scope="col">{t("reports.column.dueDate")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.column.daysOverdue")}
            </Table.Th>
            <Table.Th scope="col">{t("reports.column.state")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Td>
                <Box>
                  <Text size="xs" c="dimmed" className={classes.code}>
                    {report.project.code}
                  </Text>
                  <Anchor component={Link} to={`/projects/${report.project.id}`} size="sm" fw={600}>
                    {report.project.title}
                  </Anchor>
                </Box>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/projects/${report.project.id}/reports/${report.id}`} size="sm">
                  {reportName(report)}
                </Anchor>
              </Table.Td>
              <Table.Td className={classes.numeric}>{format.date(report.dueDate)}</Table.Td>
              <Table.Td ta="right" className={classes.numeric}>
                {report.daysOverdue === null ? format.missing : format.number(report.daysOverdue)}
              </Table.Td>
              <Table.Td>
                <ReportStateBadge state={report.state} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

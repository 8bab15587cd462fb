import { Box, Button, Center, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProjects } from "../../api/hooks";
import { PageLoader } from "../../components/AppLayout";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { useCurrentUser } from "../../components/SignedIn";
import { useFormat } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import { ExportMenu } from "./ExportMenu";
import { ProjectCards } from "./ProjectCards";
import { ProjectFilters } from "./ProjectFilters";
import { ProjectTable } from "./ProjectTable";
import { SortControl } from "./SortControl";
import { type ProjectSort, useListParams } from "./useListParams";

const PAGE_SIZES = ["10", "25", "50", "100"];
/** Text reads naturally A→Z; numbers and dates are most useful largest or newest first. */
const TEXT_SORTS: readonly ProjectSort[] = ["code", "title", "status"];

export default function ProjectListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const format = useFormat();
  const list = useListParams();
  const { query, update } = list;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const sort = query.sort ?? "code";
  const order = query.order ?? "desc";
  const projects = useProjects({ ...query, page, pageSize, sort, order });
  useTitle(t("list.title"));

  const onSort = (column: ProjectSort) => {
    if (column === sort) update({ sort: column, order: order === "asc" ? "desc" : "asc" });
    else update({ sort: column, order: TEXT_SORTS.includes(column) ? "asc" : "desc" });
  };
  const data = projects.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("list.title")}</Title>
          {/* The count is shown only for the current filters: a stale one would be read as the answer. */}
          <div aria-live="polite">
            {data && !projects.isPlaceholderData && !list.stale ? (
              <Text c="dimmed" size="sm" data-testid="project-total">
                {t("list.total", { count: data.total, formatted: format.number(data.total) })}
              </Text>
            ) : (
              <Text c="dimmed" size="sm">
                {t("list.counting")}
              </Text>
            )}
          </div>
        </div>
        <Group gap="sm">
          <ExportMenu query={query} />
          {me.can.createProject && (
            <Button component={Link} to="/projects/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t("nav.newProject")}
            </Button>
          )}
        </Group>
      </Group>

      <ProjectFilters list={list} showMine={me.can.manageProjects} />

      {projects.isLoading ? (
        <PageLoader />
      ) : projects.error ? (
        <QueryError error={projects.error} onRetry={() => void projects.refetch()} />
      ) : data && data.items.length > 0 ? (
        <Refreshing busy={projects.isPlaceholderData || list.stale}>
          <Paper>
            <Box visibleFrom="sm">
              <ProjectTable items={data.items} sort={{ sort, order, onSort }} />
            </Box>
            <Box hiddenFrom="sm">
              <Box p="md" pb="xs">
                <SortControl sort={sort} order={order} onChange={(s, o) => update({ sort: s, order: o })} />
              </Box>
              <ProjectCards items={data.items} />
            </Box>
            <Group justify="space-between" p="md" gap="sm">
              <Select
                label={t("list.pageSize")}
                data={PAGE_SIZES}
                value={String(pageSize)}
                onChange={(value) => update({ pageSize: value })}
                allowDeselect={false}
                w={140}
                size="xs"
              />
              <ListPagination pages={pages} page={page} onChange={(value) => update({ page: value })} />
            </Group>
          </Paper>
        </Refreshing>
      ) : (
        <Paper p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={600}>{t("list.empty")}</Text>
              {list.hasFilters && (
                <Button variant="light" onClick={list.clearFilters}>
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

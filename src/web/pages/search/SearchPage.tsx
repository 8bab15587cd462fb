import {
  Button,
  Center,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconFilterOff, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SEARCH_FACETS, SEARCH_QUERY_MAX, SEARCH_SORTS, type SearchSort } from "../../../domain/search";
import { useSearch } from "../../api/search";
import { PageLoader } from "../../components/AppLayout";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { Drawer } from "../../components/Dialog";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { useFormat } from "../../lib/format";
import { useTitle } from "../../lib/useTitle";
import { FacetPanel, useFacetLabel } from "./FacetPanel";
import { SearchResult } from "./SearchResult";
import { type FacetChoices, useSearchUrl } from "./searchUrl";

const PAGE_SIZE = 20;

/** The ticked facet values as pills, each removable, and one button to clear them all. */
function ActiveFilters({
  filters,
  onRemove,
  onClear,
}: {
  filters: FacetChoices;
  onRemove: (facet: (typeof SEARCH_FACETS)[number], value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const label = useFacetLabel();
  const chosen = SEARCH_FACETS.flatMap((facet) => (filters[facet] ?? []).map((value) => ({ facet, value })));
  if (chosen.length === 0) return null;
  return (
    <Group gap="xs" aria-label={t("search.activeFilters")} role="group">
      {/* Buttons rather than Mantine pills: a pill's remove button is hidden from keyboards. */}
      {chosen.map(({ facet, value }) => {
        const name = `${t(`search.facets.${facet}`)}: ${label(facet, value)}`;
        return (
          <Button
            key={`${facet}:${value}`}
            variant="light"
            size="compact-sm"
            radius="xl"
            rightSection={<IconX size={14} aria-hidden />}
            onClick={() => onRemove(facet, value)}
            aria-label={t("search.removeFilter", { name })}
          >
            {name}
          </Button>
        );
      })}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconFilterOff size={14} aria-hidden />}
        onClick={onClear}
      >
        {t("search.clearFilters")}
      </Button>
    </Group>
  );
}

/** The project search engine: words, facets with counts, ranked results with the words marked. */
export default function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const url = useSearchUrl();
  const wide = useMediaQuery("(min-width: 62em)", true);
  const [drawer, { open: openDrawer, close: closeDrawer }] = useDisclosure(false);
  const results = useSearch({
    q: url.q,
    filters: url.filters,
    sort: url.sort,
    page: url.page,
    pageSize: PAGE_SIZE,
  });
  useTitle(t("search.title"));
  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const count = data ? t("search.count", { count: data.total, formatted: format.number(data.total) }) : "";
  const chosenCount = Object.values(url.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  const facets = data ? (
    <FacetPanel facets={data.facets} filters={url.filters} onToggle={url.toggle} />
  ) : null;

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <div>
        <Title order={1}>{t("search.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("search.intro")}
        </Text>
      </div>
      <Paper
        p="md"
        component="form"
        role="search"
        aria-label={t("search.title")}
        onSubmit={(e) => e.preventDefault()}
      >
        <DebouncedSearchField
          value={url.q ?? ""}
          onSearch={url.setQ}
          label={t("search.field")}
          placeholder={t("search.placeholder")}
          description={t("search.hint")}
          maxLength={SEARCH_QUERY_MAX}
          size="md"
        />
      </Paper>
      {/* Screen readers hear how many results a change of the search gives. */}
      <VisuallyHidden role="status">{results.isPlaceholderData ? "" : count}</VisuallyHidden>

      {results.isLoading ? (
        <PageLoader />
      ) : results.error ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : data ? (
        <Grid gutter="lg">
          {wide && (
            <Grid.Col span={3}>
              <Paper component="aside" aria-label={t("search.facetsTitle")} p="md" withBorder>
                <Title order={2} size="h5" mb="sm">
                  {t("search.facetsTitle")}
                </Title>
                {facets}
              </Paper>
            </Grid.Col>
          )}
          <Grid.Col span={wide ? 9 : 12}>
            <Refreshing busy={results.isPlaceholderData}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end" gap="sm">
                  <Title order={2} size="h4">
                    {count}
                  </Title>
                  <Group gap="sm" align="flex-end">
                    {!wide && (
                      <Button
                        variant="default"
                        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
                        onClick={openDrawer}
                      >
                        {chosenCount > 0
                          ? t("search.filtersCount", { count: chosenCount })
                          : t("search.filters")}
                      </Button>
                    )}
                    <Select
                      label={t("search.sort")}
                      size="sm"
                      w={200}
                      data={SEARCH_SORTS.filter((s) => s !== "relevance" || url.q).map((value) => ({
                        value,
                        label: t(`search.sorts.${value}`),
                      }))}
                      value={url.sort ?? (url.q ? "relevance" : "code")}
                      onChange={(value) => url.setSort(value as SearchSort | null)}
                      allowDeselect={false}
                    />
                  </Group>
                </Group>
                <ActiveFilters
                  filters={url.filters}
                  onRemove={(facet, value) => url.toggle(facet, value, false)}
                  onClear={url.clearFilters}
                />
                {data.items.length > 0 ? (
                  <>
                    {data.items.map((item) => (
                      <SearchResult key={item.id} item={item} />
                    ))}
                    {pages > 1 && (
                      <Group justify="center" mt="sm">
                        <ListPagination pages={pages} page={url.page} onChange={url.setPage} />
                      </Group>
                    )}
                  </>
                ) : (
                  <Paper p="xl" withBorder>
                    <Center>
                      <Stack align="center" gap="xs">
                        <Title order={3} size="h4">
                          {t("search.empty")}
                        </Title>
                        <Text size="sm" c="dimmed">
                          {t(url.q || url.hasFilters ? "search.emptyFiltered" : "search.emptyNone")}
                        </Text>
                        {url.hasFilters && (
                          <Button variant="light" onClick={url.clearFilters}>
                            {t("search.clearFilters")}
                          </Button>
                        )}
                      </Stack>
                    </Center>
                  </Paper>
                )}
              </Stack>
            </Refreshing>
          </Grid.Col>
        </Grid>
      ) : null}
      {!wide && (
        <Drawer
          opened={drawer}
          onClose={closeDrawer}
          title={t("search.facetsTitle")}
          closeButtonProps={{ "aria-label": t("search.closeFacets") }}
          position="left"
          size="sm"
        >
          {facets}
        </Drawer>
      )}
    </Stack>
  );
}

import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Mark,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { IconBulb, IconFilterOff, IconStar } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import {
  type HighlightPart,
  KNOWLEDGE_KINDS,
  KNOWLEDGE_QUERY_MAX,
  type KnowledgeItem,
  type KnowledgeKind,
} from "../../../domain/knowledge";
import { useKnowledge } from "../../api/knowledge";
import { PageLoader } from "../../components/AppLayout";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { useTitle } from "../../lib/useTitle";

const PAGE_SIZE = 20;
const FILTERS = ["q", "area", "region", "kind"] as const;
type Filter = (typeof FILTERS)[number];

/** The search and filters live in the URL, so that a search can be bookmarked and shared. */
function useKnowledgeParams() {
  const [params, setParams] = useSearchParams();
  const value = (key: Filter) => params.get(key)?.trim() || undefined;
  const kind = value("kind");
  const query = {
    q: value("q")?.slice(0, KNOWLEDGE_QUERY_MAX),
    area: value("area"),
    region: value("region"),
    kind: KNOWLEDGE_KINDS.includes(kind as KnowledgeKind) ? (kind as KnowledgeKind) : undefined,
  };
  const page = Math.max(1, Math.floor(Number(params.get("page"))) || 1);
  /** Sets or clears parameters; any change but the page itself starts again at page 1. */
  const update = (patch: Partial<Record<Filter | "page", string | number | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, v] of Object.entries(patch)) {
      if (v === null || v === undefined || v === "" || (key === "page" && v === 1)) next.delete(key);
      else next.set(key, String(v));
    }
    if (!("page" in patch)) next.delete("page");
    setParams(next, { replace: "q" in patch });
  };
  const hasFilters = FILTERS.some((key) => query[key] !== undefined);
  const clear = () => update({ q: null, area: null, region: null, kind: null });
  return { query, page, update, hasFilters, clear };
}

/** The snippet with the matched words in <mark>: parts are text, never HTML. */
function Snippet({ parts }: { parts: HighlightPart[] }) {
  let offset = 0;
  return (
    <>
      {parts.map((part) => {
        const key = offset;
        offset += part.text.length;
        return part.match ? <Mark key={key}>{part.text}</Mark> : <span key={key}>{part.text}</span>;
      })}
    </>
  );
}

function KindBadge({ kind }: { kind: KnowledgeKind }) {
  const { t } = useTranslation();
  const Icon = kind === "lesson" ? IconBulb : IconStar;
  return (
    <Badge
      variant="light"
      color={kind === "lesson" ? "indigo" : "teal"}
      leftSection={<Icon size={14} aria-hidden />}
      miw="max-content"
    >
      {t(`knowledge.kinds.${kind}`)}
    </Badge>
  );
}

function KnowledgeCard({ item }: { item: KnowledgeItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const [whole, setWhole] = useState(false);
  const cut = item.highlights.map((part) => part.text).join("") !== item.text;
  return (
    <Paper component="article" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Title order={3} size="h5">
          <Anchor component={Link} to={`/projects/${item.project.id}`}>
            {item.project.code} · {item.project.title}
          </Anchor>
        </Title>
        <KindBadge kind={item.kind} />
      </Group>
      <Text mt="xs" style={{ lineHeight: 1.6 }}>
        {whole ? item.text : <Snippet parts={item.highlights} />}
      </Text>
      {cut && (
        <Button variant="subtle" size="compact-sm" mt={4} px={0} onClick={() => setWhole((w) => !w)}>
          {t(whole ? "knowledge.showSnippet" : "knowledge.showAll")}
        </Button>
      )}
      <Text size="sm" c="dimmed" mt="xs">
        {[
          item.project.region ? refs.name("regions", item.project.region) : t("knowledge.global"),
          item.project.areas.map((area) => refs.name("areasOfWork", area)).join(", "),
          t("knowledge.accepted", { date: format.date(item.acceptedAt) }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
    </Paper>
  );
}

/** Lessons learned and good practices from accepted final reports, searchable across projects. */
export default function KnowledgeBasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const { query, page, update, hasFilters, clear } = useKnowledgeParams();
  const results = useKnowledge({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  useTitle(t("knowledge.title"));
  const data = results.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const count = data ? t("knowledge.count", { count: data.total, formatted: format.number(data.total) }) : "";

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <div>
        <Title order={1}>{t("knowledge.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("knowledge.intro")}
        </Text>
      </div>
      <Paper
        p="md"
        component="form"
        role="search"
        aria-label={t("knowledge.filters")}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <DebouncedSearchField
            value={query.q ?? ""}
            onSearch={(q) => update({ q })}
            label={t("knowledge.search")}
            placeholder={t("knowledge.searchPlaceholder")}
            description={t("knowledge.searchHint")}
            maxLength={KNOWLEDGE_QUERY_MAX}
          />
          <Select
            label={t("knowledge.area")}
            placeholder={t("knowledge.all")}
            data={refs.options("areasOfWork")}
            value={query.area ?? null}
            onChange={(area) => update({ area })}
            clearable
            searchable
          />
          <Select
            label={t("knowledge.region")}
            placeholder={t("knowledge.all")}
            data={refs.options("regions")}
            value={query.region ?? null}
            onChange={(region) => update({ region })}
            clearable
            searchable
          />
          <Select
            label={t("knowledge.kind")}
            placeholder={t("knowledge.all")}
            data={KNOWLEDGE_KINDS.map((kind) => ({ value: kind, label: t(`knowledge.kinds.${kind}`) }))}
            value={query.kind ?? null}
            onChange={(kind) => update({ kind })}
            clearable
          />
        </SimpleGrid>
      </Paper>
      {/* Screen readers hear how many results a change of the search gives. */}
      <VisuallyHidden role="status">{results.isPlaceholderData ? "" : count}</VisuallyHidden>

      {results.isLoading ? (
        <PageLoader />
      ) : results.error ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : data && data.items.length > 0 ? (
        <Refreshing busy={results.isPlaceholderData}>
          <Stack gap="sm">
            <Group justify="space-between" align="center">
              <Title order={2} size="h4">
                {count}
              </Title>
              {hasFilters && (
                <Button
                  variant="subtle"
                  leftSection={<IconFilterOff size={16} aria-hidden />}
                  onClick={clear}
                >
                  {t("knowledge.clear")}
                </Button>
              )}
            </Group>
            {data.items.map((item) => (
              <KnowledgeCard key={`${item.reportId}:${item.kind}`} item={item} />
            ))}
            {pages > 1 && (
              <Group justify="center" mt="sm">
                <ListPagination pages={pages} page={page} onChange={(value) => update({ page: value })} />
              </Group>
            )}
          </Stack>
        </Refreshing>
      ) : (
        <Paper p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Title order={2} size="h4">
                {t("knowledge.empty")}
              </Title>
              <Text size="sm" c="dimmed">
                {t(hasFilters ? "knowledge.emptyFiltered" : "knowledge.emptyNone")}
              </Text>
              {hasFilters && (
                <Button variant="light" onClick={clear}>
                  {t("knowledge.clear")}
                </Button>
              )}
            </Stack>
          </Center>
        </Paper>
      )}
    </Stack>
  );
}

import { Anchor, Badge, Group, Mark, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HighlightPart } from "../../../domain/knowledge";
import type { SearchItem } from "../../../domain/search";
import { BookmarkButton } from "../../components/BookmarkButton";
import { StatusBadge } from "../../components/StatusBadge";
import { useReferenceData } from "../../lib/reference";

/** Matched words in <mark>: the parts are text, never HTML. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
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

export function SearchResult({ item }: { item: SearchItem }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const countries = item.countries.map((iso3) => refs.name("countries", iso3)).join(", ");
  return (
    <Paper component="article" withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={3} size="h5">
            <Anchor component={Link} to={`/projects/${item.id}`}>
              <Text span ff="monospace" size="sm" fw={600}>
                {item.code}
              </Text>{" "}
              · <Highlighted parts={item.titleHighlights} />
            </Anchor>
          </Title>
          {item.snippet.length > 0 && (
            <Text size="sm" style={{ lineHeight: 1.6 }}>
              <Highlighted parts={item.snippet} />
            </Text>
          )}
          <Group gap={6} mt={4}>
            <StatusBadge status={item.status} size="sm" />
            {/* A long region name wraps inside its badge rather than widen a phone's page. */}
            <Badge
              variant="outline"
              color="gray.7"
              size="sm"
              maw="100%"
              styles={{ root: { height: "auto" }, label: { whiteSpace: "normal" } }}
            >
              {item.region ? refs.name("regions", item.region) : t("search.global")}
            </Badge>
            <Badge variant="outline" color="gray.7" size="sm">
              {item.fundingYear}
            </Badge>
            <Badge variant="outline" color="gray.7" size="sm">
              {refs.name("fundLines", item.fundLine)}
            </Badge>
            {countries && (
              <Text span size="xs" c="dimmed">
                {countries}
              </Text>
            )}
          </Group>
          {item.approximate && (
            <Text size="xs" c="dimmed" fs="italic">
              {t("search.approximate")}
            </Text>
          )}
        </Stack>
        <BookmarkButton projectId={item.id} code={item.code} bookmarked={item.bookmarked} />
      </Group>
    </Paper>
  );
}

import { Anchor, Button, Center, Group, Stack, Text } from "@mantine/core";
import { IconStar } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useBookmarks } from "../../api/bookmarks";
import { PageLoader } from "../../components/AppLayout";
import { BookmarkButton } from "../../components/BookmarkButton";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { StatusBadge } from "../../components/StatusBadge";
import { useReferenceData } from "../../lib/reference";
import classes from "./HomePage.module.css";

/** Bookmarks shown before "show all": the card stays beside the map. */
const SHOWN = 8;

/** The projects this user keeps at hand, newest bookmark first. */
export function BookmarksSection() {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const bookmarks = useBookmarks();
  const [all, setAll] = useState(false);
  const items = bookmarks.data?.items ?? [];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Section title={t("home.bookmarks.title")}>
      {bookmarks.isPending ? (
        <PageLoader />
      ) : bookmarks.isError ? (
        <QueryError error={bookmarks.error} onRetry={() => void bookmarks.refetch()} />
      ) : items.length === 0 ? (
        <Center py="lg">
          <Stack gap="xs" align="center" maw={320} ta="center">
            <IconStar size={32} color="var(--mantine-color-gray-6)" aria-hidden />
            <Text fw={600}>{t("home.bookmarks.emptyTitle")}</Text>
            <Text size="sm" c="gray.7">
              {t("home.bookmarks.emptyHint")}
            </Text>
            <Anchor component={Link} to="/projects" size="sm">
              {t("home.bookmarks.browse")}
            </Anchor>
          </Stack>
        </Center>
      ) : (
        <>
          <ul className={classes.bookmarks} data-testid="bookmarks">
            {shown.map((b) => (
              <li key={b.projectId} className={classes.bookmark}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Stack gap={2} miw={0}>
                    <Group gap="xs">
                      <Text size="xs" ff="monospace" c="gray.7">
                        {b.code}
                      </Text>
                      <StatusBadge status={b.status} size="sm" />
                    </Group>
                    <Anchor component={Link} to={`/projects/${b.projectId}`} fw={600} size="sm" lineClamp={2}>
                      {b.title}
                    </Anchor>
                    <Text size="xs" c="gray.7">
                      {[refs.name("regions", b.region), b.fundingYear].join(" · ")}
                    </Text>
                  </Stack>
                  <BookmarkButton projectId={b.projectId} code={b.code} bookmarked />
                </Group>
              </li>
            ))}
          </ul>
          {items.length > SHOWN && (
            <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
              {all ? t("home.bookmarks.showFewer") : t("home.bookmarks.showAll", { count: items.length })}
            </Button>
          )}
        </>
      )}
    </Section>
  );
}

import { Anchor, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectSummary } from "../../../domain/project";
import { useBookmarkedIds } from "../../api/bookmarks";
import { BookmarkButton } from "../../components/BookmarkButton";
import { StatusBadge } from "../../components/StatusBadge";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectTable.module.css";
import { useProjectPlace } from "./useProjectPlace";

/** The list on a phone: one card per project instead of a table wider than the screen. */
export function ProjectCards({ items }: { items: ProjectSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const placeOf = useProjectPlace();
  const bookmarked = useBookmarkedIds();
  return (
    <ul className={classes.cards} aria-label={t("list.caption")}>
      {items.map((project) => {
        const place = placeOf(project);
        return (
          <li key={project.id} className={classes.card}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text className={classes.code}>{project.code}</Text>
                <Group gap={4} wrap="nowrap">
                  <StatusBadge status={project.status} size="sm" />
                  <BookmarkButton
                    projectId={project.id}
                    code={project.code}
                    bookmarked={bookmarked.has(project.id)}
                  />
                </Group>
              </Group>
              <Anchor component={Link} to={`/projects/${project.id}`} fw={600} size="sm">
                {project.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {[place.countries, place.region].filter(Boolean).join(" · ")}
              </Text>
              <Group justify="space-between" gap="xs">
                <Text size="xs" c="dimmed">
                  {project.fundingYear} · {refs.name("fundLines", project.fundLine)}
                  {project.pm ? ` · ${project.pm.name}` : ""}
                </Text>
                <Text size="sm" fw={600} className={classes.money}>
                  {format.money(project.requestedBudget)}
                </Text>
              </Group>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}

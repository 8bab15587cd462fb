import { Anchor, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowsSort, IconArrowUp } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectSummary } from "../../../domain/project";
import { useBookmarkedIds } from "../../api/bookmarks";
import { BookmarkButton } from "../../components/BookmarkButton";
import { ScrollRegion } from "../../components/ScrollRegion";
import { StatusBadge } from "../../components/StatusBadge";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./ProjectTable.module.css";
import type { ProjectSort } from "./useListParams";
import { type ProjectPlace, useProjectPlace } from "./useProjectPlace";

interface SortState {
  sort: ProjectSort;
  order: "asc" | "desc";
  onSort: (sort: ProjectSort) => void;
}

function SortableHeader({
  column,
  state,
  children,
  numeric,
}: {
  column: ProjectSort;
  state: SortState;
  children: ReactNode;
  numeric?: boolean;
}) {
  const active = state.sort === column;
  const Icon = active ? (state.order === "asc" ? IconArrowUp : IconArrowDown) : IconArrowsSort;
  return (
    <Table.Th
      aria-sort={active ? (state.order === "asc" ? "ascending" : "descending") : undefined}
      ta={numeric ? "right" : undefined}
    >
      <UnstyledButton
        className={classes.sort}
        onClick={() => state.onSort(column)}
        data-active={active || undefined}
      >
        {children}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

function Place({ place }: { place: ProjectPlace }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{place.countries}</Text>
      {place.region && (
        <Text size="xs" c="dimmed">
          {place.region}
        </Text>
      )}
    </Stack>
  );
}

export function ProjectTable({ items, sort }: { items: ProjectSummary[]; sort: SortState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const placeOf = useProjectPlace();
  const bookmarked = useBookmarkedIds();
  return (
    <ScrollRegion label={t("list.caption")} minWidth={960}>
      <Table highlightOnHover verticalSpacing="sm" className={classes.table}>
        <Table.Caption className={classes.caption}>{t("list.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader column="code" state={sort}>
              {t("project.code")}
            </SortableHeader>
            <SortableHeader column="title" state={sort}>
              {t("project.title")}
            </SortableHeader>
            <Table.Th>{t("list.place")}</Table.Th>
            <SortableHeader column="fundingYear" state={sort}>
              {t("list.year")}
            </SortableHeader>
            <Table.Th>{t("project.fundLine")}</Table.Th>
            <SortableHeader column="requestedBudget" state={sort} numeric>
              {t("list.budget")}
            </SortableHeader>
            <SortableHeader column="status" state={sort}>
              {t("project.status")}
            </SortableHeader>
            <Table.Th>{t("list.pm")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td className={classes.code}>
                <span className={classes.codeCell}>
                  <BookmarkButton
                    projectId={project.id}
                    code={project.code}
                    bookmarked={bookmarked.has(project.id)}
                  />
                  {project.code}
                </span>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/projects/${project.id}`}
                  fw={600}
                  size="sm"
                  className={classes.title}
                >
                  {project.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Place place={placeOf(project)} />
              </Table.Td>
              <Table.Td>{project.fundingYear}</Table.Td>
              <Table.Td>{refs.name("fundLines", project.fundLine)}</Table.Td>
              <Table.Td ta="right" className={classes.money}>
                {format.money(project.requestedBudget)}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={project.status} size="sm" />
              </Table.Td>
              <Table.Td>{project.pm?.name ?? format.missing}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

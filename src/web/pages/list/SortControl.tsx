import { ActionIcon, Group, Select } from "@mantine/core";
import { IconSortAscending, IconSortDescending } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PROJECT_SORTS } from "../../../domain/project";
import type { ProjectSort } from "./useListParams";

interface Props {
  sort: ProjectSort;
  order: "asc" | "desc";
  onChange: (sort: ProjectSort, order: "asc" | "desc") => void;
}

/** Sorting for the card list, which has no column headers to click. */
export function SortControl({ sort, order, onChange }: Props) {
  const { t } = useTranslation();
  const ascending = order === "asc";
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t("list.sortBy")}
        data={PROJECT_SORTS.map((s) => ({ value: s, label: t(`list.sort.${s}`) }))}
        value={sort}
        onChange={(value) => value && onChange(value as ProjectSort, order)}
        allowDeselect={false}
        size="xs"
        style={{ flex: 1 }}
      />
      <ActionIcon
        variant="default"
        size={30}
        onClick={() => onChange(sort, ascending ? "desc" : "asc")}
        aria-label={t(ascending ? "list.ascending" : "list.descending")}
      >
        {ascending ? (
          <IconSortAscending size={16} aria-hidden />
        ) : (
          <IconSortDescending size={16} aria-hidden />
        )}
      </ActionIcon>
    </Group>
  );
}

import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProjects } from "../../api/hooks";
import type { ProjectForm } from "./values";

interface Props {
  form: ProjectForm;
  projectId: string | undefined;
  initialLabel: string | null;
}

/** Searches the portfolio as the user types; the chosen project stays listed so its label shows. */
export function FollowUpSelect({ form, projectId, initialLabel }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    form.values.followUpOfId && initialLabel
      ? { value: form.values.followUpOfId, label: initialLabel }
      : null,
  );
  const [query] = useDebouncedValue(search.trim(), 300);
  const searching = query.length >= 2 && query !== chosen?.label;
  const { data, isFetching } = useProjects(
    { q: query, pageSize: 20, sort: "code", order: "desc" },
    searching,
  );

  const options = (searching ? (data?.items ?? []) : [])
    .filter((p) => p.id !== projectId)
    .map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);

  return (
    <Select
      label={t("project.followUpOf")}
      description={t("form.followUpHelp")}
      placeholder={t("form.followUpPlaceholder")}
      data={options}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The API already filtered by the search text; filtering again would hide matches on other fields.
      filter={({ options: all }) => all}
      nothingFoundMessage={searching && !isFetching ? t("form.nothingFound") : t("form.typeToSearch")}
      value={form.values.followUpOfId}
      error={form.errors.followUpOfId}
      onChange={(value, option) => {
        form.setFieldValue("followUpOfId", value);
        setChosen(value ? { value, label: option.label } : null);
      }}
    />
  );
}

import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../domain/project";
import { useProjects } from "../../api/hooks";
import type { ProjectForm } from "./values";

type ProjectRef = NonNullable<ProjectDetail["followUpOf"]>;

interface Props {
  form: ProjectForm;
  projectId: string | undefined;
  /** The follow-ups of the versions the form has loaded, so that their labels show without a search. */
  known: readonly (ProjectRef | null | undefined)[];
}

/** Searches the portfolio as the user types; the chosen project stays listed so its label shows. */
export function FollowUpSelect({ form, projectId, known }: Props) {
  const { t } = useTranslation();
  const label = (p: { code: string; title: string }) =>
    t("project.codeTitle", { code: p.code, title: p.title });
  const [search, setSearch] = useState("");
  // What the user last picked; the value can also change from outside (loading the latest version).
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const value = form.values.followUpOfId;
  const knownRef = known.find((p) => p?.id === value);
  const chosen =
    value === null
      ? null
      : picked?.value === value
        ? picked
        : knownRef
          ? { value, label: label(knownRef) }
          : null;
  const [query] = useDebouncedValue(search.trim(), 300);
  const searching = query.length >= 2 && query !== chosen?.label;
  const { data, isFetching } = useProjects(
    { q: query, pageSize: 20, sort: "code", order: "desc" },
    searching,
  );

  const options = (searching ? (data?.items ?? []) : [])
    .filter((p) => p.id !== projectId)
    .map((p) => ({ value: p.id, label: label(p) }));
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
      value={value}
      error={form.errors.followUpOfId}
      data-path="followUpOfId"
      onChange={(next, option) => {
        form.setFieldValue("followUpOfId", next);
        setPicked(next ? { value: next, label: option.label } : null);
      }}
    />
  );
}

import { Box, Button, Collapse, Group, Paper, Select, SimpleGrid, Switch } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconFilterOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PROJECT_STATUSES } from "../../../domain/lifecycle";
import { useDonorTotals } from "../../api/cofunding";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { useReferenceData } from "../../lib/reference";
import { FILTER_KEYS, type useListParams } from "./useListParams";

type ListParams = ReturnType<typeof useListParams>;

/** The list's search box, its words kept in the address. */
function SearchField({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  return (
    <DebouncedSearchField
      value={value}
      onSearch={onSearch}
      label={t("filters.search")}
      placeholder={t("filters.searchPlaceholder")}
    />
  );
}

export function ProjectFilters({ list, showMine }: { list: ListParams; showMine: boolean }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const donors = useDonorTotals();
  const { query, update } = list;
  // On a phone the facets fold away behind a button so that the results stay in view.
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  const [unfolded, setUnfolded] = useState(false);
  const active = FILTER_KEYS.filter((key) => key !== "q" && query[key] !== undefined).length;
  const years = (refs.reference?.fundingYears ?? [])
    .map((y) => String(y.year))
    .sort((a, b) => b.localeCompare(a));
  const countries = query.region
    ? refs.options("countries").filter((c) => refs.countryRegion(c.value) === query.region)
    : refs.options("countries");

  return (
    <Paper p="md" component="section" aria-label={t("filters.title")}>
      <Group gap="sm" align="flex-end" wrap="nowrap" hiddenFrom="sm" mb={unfolded ? "sm" : 0}>
        <Box style={{ flex: 1 }}>
          <SearchField value={query.q ?? ""} onSearch={(q) => update({ q })} />
        </Box>
        <Button
          variant={active > 0 ? "light" : "default"}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          onClick={() => setUnfolded((o) => !o)}
          aria-expanded={unfolded}
          aria-controls="project-facets"
        >
          {active > 0 ? t("filters.toggleCount", { count: active }) : t("filters.toggle")}
        </Button>
      </Group>
      <Collapse in={wide || unfolded} transitionDuration={wide ? 0 : 150}>
        <SimpleGrid id="project-facets" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
          {wide && <SearchField value={query.q ?? ""} onSearch={(q) => update({ q })} />}
          <Select
            label={t("filters.region")}
            placeholder={t("filters.all")}
            data={refs.options("regions")}
            value={query.region ?? null}
            onChange={(region) => update({ region, country: null })}
            clearable
            searchable
          />
          <Select
            label={t("filters.country")}
            placeholder={t("filters.all")}
            data={countries}
            value={query.country ?? null}
            onChange={(country) => update({ country })}
            clearable
            searchable
          />
          <Select
            label={t("filters.fundingYear")}
            placeholder={t("filters.all")}
            data={years}
            value={query.fundingYear ? String(query.fundingYear) : null}
            onChange={(fundingYear) => update({ fundingYear })}
            clearable
          />
          <Select
            label={t("filters.status")}
            placeholder={t("filters.all")}
            data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={query.status ?? null}
            onChange={(status) => update({ status })}
            clearable
          />
          <Select
            label={t("filters.fundLine")}
            placeholder={t("filters.all")}
            data={refs.options("fundLines")}
            value={query.fundLine ?? null}
            onChange={(fundLine) => update({ fundLine })}
            clearable
          />
          <Select
            label={t("filters.areaOfWork")}
            placeholder={t("filters.all")}
            data={refs.options("areasOfWork")}
            value={query.areaOfWork ?? null}
            onChange={(areaOfWork) => update({ areaOfWork })}
            clearable
            searchable
          />
          <Select
            label={t("cofunding.cofundedBy")}
            placeholder={t("filters.all")}
            data={(donors.data ?? []).map((d) => d.organisationName)}
            value={query.cofundedBy?.[0] ?? null}
            onChange={(cofundedBy) => update({ cofundedBy })}
            clearable
            searchable
          />
          <Group align="flex-end" justify="space-between" gap="sm" wrap="nowrap">
            {showMine ? (
              <Switch
                label={t("filters.mine")}
                checked={query.mine === true}
                onChange={(event) => update({ mine: event.currentTarget.checked })}
                mb={8}
              />
            ) : (
              <span />
            )}
            {list.hasFilters && (
              <Button
                variant="subtle"
                leftSection={<IconFilterOff size={16} aria-hidden />}
                onClick={list.clearFilters}
              >
                {t("filters.clear")}
              </Button>
            )}
          </Group>
        </SimpleGrid>
      </Collapse>
    </Paper>
  );
}

import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SEARCH_FACETS, type SearchFacet, type SearchFacets } from "../../../domain/search";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import type { FacetChoices } from "./searchUrl";

/** Values shown before "show more": the largest counts, and whatever the user has ticked. */
const SHORT_LIST = 6;

/** A facet value's name in the user's language. */
export function useFacetLabel() {
  const { t } = useTranslation();
  const refs = useReferenceData();
  return (facet: SearchFacet, value: string): string => {
    switch (facet) {
      case "region":
        return refs.name("regions", value);
      case "country":
        return refs.name("countries", value);
      case "fundLine":
        return refs.name("fundLines", value);
      case "area":
        return refs.name("areasOfWork", value);
      case "activity":
        return refs.name("activityTypes", value);
      case "genderMarker":
        return refs.name("genderMarkers", value);
      case "status":
        return t(`status.${value}`);
      case "fundingYear":
      case "cofundedBy":
        return value;
    }
  };
}

function FacetGroup({
  facet,
  counts,
  chosen,
  onToggle,
}: {
  facet: SearchFacet;
  counts: SearchFacets[SearchFacet];
  chosen: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useFacetLabel();
  const [all, setAll] = useState(false);
  // A ticked value the other choices leave no project for still shows, with 0, so it can be unticked.
  const values = [
    ...counts,
    ...chosen.filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ value, count: 0 })),
  ];
  const shown = all ? values : values.filter((v, index) => index < SHORT_LIST || chosen.includes(v.value));
  if (values.length === 0) return null;
  return (
    <Checkbox.Group
      label={t(`search.facets.${facet}`)}
      value={chosen}
      // Only the value clicked is passed on: the whole list the group offers is the one this
      // render saw, and would undo a box ticked a moment before that the page has not shown yet.
      onChange={(values) => {
        for (const value of values) if (!chosen.includes(value)) onToggle(value, true);
        for (const value of chosen) if (!values.includes(value)) onToggle(value, false);
      }}
    >
      <Stack gap={6} mt={6}>
        {shown.map(({ value, count }) => (
          <Checkbox
            key={value}
            value={value}
            size="sm"
            label={
              <Group gap={6} wrap="nowrap" component="span">
                <span>{label(facet, value)}</span>
                <Text span size="xs" c="dimmed">
                  ({format.number(count)})
                </Text>
              </Group>
            }
          />
        ))}
        {values.length > shown.length || all ? (
          <Button variant="subtle" size="compact-xs" px={0} w="fit-content" onClick={() => setAll((a) => !a)}>
            {all ? t("search.showFewer") : t("search.showMore", { count: values.length - shown.length })}
          </Button>
        ) : null}
      </Stack>
    </Checkbox.Group>
  );
}

/** Every facet as a group of checkboxes with counts: what ticking each value would give. */
export function FacetPanel({
  facets,
  filters,
  onToggle,
}: {
  facets: SearchFacets;
  filters: FacetChoices;
  onToggle: (facet: SearchFacet, value: string, on: boolean) => void;
}) {
  return (
    <Stack gap="lg">
      {SEARCH_FACETS.map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          counts={facets[facet]}
          chosen={filters[facet] ?? []}
          onToggle={(value, on) => onToggle(facet, value, on)}
        />
      ))}
    </Stack>
  );
}

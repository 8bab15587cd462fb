import { Alert, Anchor, Group, SegmentedControl, Skeleton, Table, Text } from "@mantine/core";
import { lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CountryCount } from "../../../domain/portfolio";
import { ScrollRegion } from "../../components/ScrollRegion";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import { loadAtlas } from "./atlas";
import { countBins, NO_PROJECT_COLOUR } from "./countBins";
import classes from "./HomePage.module.css";

/** If the map's code or data cannot be fetched, the table still has every number. */
function MapUnavailable() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t("home.map.unavailableTitle")}>
      {t("home.map.unavailable")}
    </Alert>
  );
}

// The map's code (d3-geo) and its data (the 1:110m atlas) load together, after the page has drawn.
const WorldMap = lazy(() =>
  Promise.all([import("./WorldMap"), loadAtlas()])
    .then(([module]) => module)
    .catch(() => ({ default: MapUnavailable as typeof import("./WorldMap").default })),
);

type View = "map" | "table";

function Legend({ bins }: { bins: ReturnType<typeof countBins> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const range = (from: number, to: number) =>
    from === to ? format.number(from) : `${format.number(from)}–${format.number(to)}`;
  return (
    <Group gap="md" className={classes.legend} aria-label={t("home.map.legend")} role="list">
      <Text size="xs" fw={600} c="gray.8">
        {t("home.map.legendTitle")}
      </Text>
      <Group gap={4} role="listitem" wrap="nowrap">
        <span className={classes.swatch} style={{ background: NO_PROJECT_COLOUR }} aria-hidden />
        <Text size="xs" c="gray.8">
          {t("home.map.none")}
        </Text>
      </Group>
      {bins.map((bin) => (
        <Group key={bin.from} gap={4} role="listitem" wrap="nowrap">
          <span className={classes.swatch} style={{ background: bin.colour }} aria-hidden />
          <Text size="xs" c="gray.8">
            {range(bin.from, bin.to)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

function CountryTable({
  countries,
  linkTo,
}: {
  countries: CountryCount[];
  linkTo: (iso3: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  return (
    <ScrollRegion label={t("home.map.tableCaption")} minWidth={320} maxHeight={440}>
      <Table striped stickyHeader verticalSpacing={6} data-testid="country-table">
        <Table.Caption>{t("home.map.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("home.map.country")}</Table.Th>
            <Table.Th>{t("home.map.region")}</Table.Th>
            <Table.Th ta="right">{t("home.map.projectsHeading")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {countries.map((c) => (
            <Table.Tr key={c.country}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(c.country)} size="sm">
                  {refs.name("countries", c.country)}
                </Anchor>
              </Table.Td>
              <Table.Td>{refs.name("regions", refs.countryRegion(c.country))}</Table.Td>
              <Table.Td ta="right" className={classes.number}>
                {format.number(c.projects)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Projects per country: a choropleth, or the same numbers as a table. */
export function ProjectMap({
  countries,
  fundingYear,
  filters,
}: {
  countries: CountryCount[] | undefined;
  fundingYear: number | undefined;
  filters: React.ReactNode;
}) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const [view, setView] = useState<View>("map");
  const counts = useMemo(() => new Map((countries ?? []).map((c) => [c.country, c.projects])), [countries]);
  const bins = useMemo(() => countBins(Math.max(0, ...counts.values())), [counts]);
  const linkTo = (iso3: string) =>
    `/projects?country=${iso3}${fundingYear === undefined ? "" : `&fundingYear=${fundingYear}`}`;
  const placeholder = <Skeleton className={classes.mapPlaceholder} aria-hidden />;

  return (
    <Section
      title={t("home.map.title")}
      actions={
        <Group gap="sm" wrap="nowrap">
          {filters}
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as View)}
            aria-label={t("home.map.view")}
            data={[
              { value: "map", label: t("home.map.showMap") },
              { value: "table", label: t("home.map.showTable") },
            ]}
          />
        </Group>
      }
    >
      {!countries ? (
        placeholder
      ) : view === "table" ? (
        <CountryTable countries={countries} linkTo={linkTo} />
      ) : (
        <>
          <Suspense fallback={placeholder}>
            <WorldMap
              counts={counts}
              bins={bins}
              countryName={(iso3) => refs.name("countries", iso3)}
              linkTo={linkTo}
              label={t("home.map.label")}
            />
          </Suspense>
          <Legend bins={bins} />
        </>
      )}
    </Section>
  );
}

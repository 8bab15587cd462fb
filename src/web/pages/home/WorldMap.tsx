/**
 * The choropleth of projects per country: Natural Earth 1:110m countries (world-atlas, served by
 * PRIMA, no tile server) in the Equal Earth projection, so that areas compare truly. This module
 * and its map data load after the home page has drawn (see ProjectMap).
 *
 * Countries with projects are links to the project list filtered on them: focusable, named
 * ("Ghana: 12 projects"), with the same tooltip on hover and on keyboard focus.
 */
import { Text } from "@mantine/core";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import codes from "i18n-iso-countries/codes.json";
import { type MouseEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { feature } from "topojson-client";
import { useFormat } from "../../lib/format";
import { loadedAtlas } from "./atlas";
import { binOf, type CountBin, NO_PROJECT_COLOUR } from "./countBins";
import classes from "./HomePage.module.css";

const WIDTH = 960;
/** Antarctica has no projects and would take a fifth of the height. */
const ANTARCTICA = "010";

const alpha3ByNumeric = new Map((codes as string[][]).map(([, alpha3, numeric]) => [numeric, alpha3]));
/** Kosovo has no ISO 3166 numeric code: the atlas leaves its id out, the reference data calls it XKK. */
const alpha3ByName = new Map([["Kosovo", "XKK"]]);
/** Names of the countries not drawn, listed below the map before "and N more". */
const UNMAPPED_NAMED = 8;

interface Country {
  iso3: string | undefined;
  d: string;
  centroid: [number, number];
}

interface Drawing {
  countries: Country[];
  /** The drawing's height at WIDTH: the map fills its card's width with no empty band. */
  height: number;
}

/** Projected once per page load: the shapes do not change with the data. */
function projectCountries(): Drawing {
  const topology = loadedAtlas();
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const features = collection.features.filter((f) => String(f.id) !== ANTARCTICA);
  const world: FeatureCollection<Geometry> = { type: "FeatureCollection", features };
  // Centred on 11°E, the antimeridian falls in the Bering Strait: Chukotka stays with Russia
  // and no sliver of land hangs at the far left.
  const projection = geoEqualEarth()
    .rotate([-11, 0])
    .fitWidth(WIDTH - 8, world);
  projection.translate([projection.translate()[0] + 4, projection.translate()[1] + 4]);
  const path = geoPath(projection);
  const height = Math.ceil(path.bounds(world)[1][1] + 4);
  const countries = features.map((f: Feature<Geometry>) => ({
    iso3:
      f.id === undefined
        ? alpha3ByName.get(String(f.properties?.name))
        : alpha3ByNumeric.get(String(f.id).padStart(3, "0")),
    d: path(f) ?? "",
    centroid: path.centroid(f) as [number, number],
  }));
  return { countries, height };
}

let projected: Drawing | null = null;

interface Tip {
  iso3: string;
  x: number;
  y: number;
}

export default function WorldMap({
  counts,
  bins,
  countryName,
  linkTo,
  label,
}: {
  counts: ReadonlyMap<string, number>;
  bins: readonly CountBin[];
  countryName: (iso3: string) => string;
  linkTo: (iso3: string) => string;
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { countries, height } = useMemo(() => {
    projected ??= projectCountries();
    return projected;
  }, []);
  const [tip, setTip] = useState<Tip | null>(null);
  // Tiny island states are not in the 1:110m data: they are named below the map instead.
  const unmapped = useMemo(() => {
    const drawn = new Set(countries.map((c) => c.iso3));
    return [...counts.keys()].filter((iso3) => !drawn.has(iso3));
  }, [countries, counts]);
  const active = tip ? countries.filter((c) => c.iso3 === tip.iso3) : [];

  const describe = (iso3: string) =>
    t("home.map.countryCount", {
      country: countryName(iso3),
      count: counts.get(iso3) ?? 0,
      formatted: format.number(counts.get(iso3) ?? 0),
    });

  /** Where the pointer is, in the drawing's own coordinates (the SVG scales with its card). */
  const atPointer = (event: MouseEvent<Element>): [number, number] => {
    const box = event.currentTarget.closest("svg")?.getBoundingClientRect();
    if (!box || box.width === 0) return [0, 0];
    return [
      ((event.clientX - box.left) / box.width) * WIDTH,
      ((event.clientY - box.top) / box.height) * height,
    ];
  };

  // Enter on a focused link clicks it too.
  const open = (event: MouseEvent<Element>, iso3: string) => {
    event.preventDefault();
    navigate(linkTo(iso3));
  };

  return (
    <div className={classes.mapFrame}>
      {/* biome-ignore lint/a11y/useSemanticElements: the countries' links are grouped and named as one map */}
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={classes.map}
        role="group"
        aria-label={label}
        onMouseLeave={() => setTip(null)}
      >
        {countries.map((country, i) => {
          const count = country.iso3 ? (counts.get(country.iso3) ?? 0) : 0;
          const bin = binOf(bins, count);
          const shape = (
            <path
              d={country.d}
              fill={bin?.colour ?? NO_PROJECT_COLOUR}
              className={classes.country}
              aria-hidden={bin ? undefined : true}
            />
          );
          if (!bin || !country.iso3) return <g key={country.iso3 ?? `unnamed-${i}`}>{shape}</g>;
          const iso3 = country.iso3;
          return (
            <a
              key={iso3}
              href={linkTo(iso3)}
              aria-label={describe(iso3)}
              className={classes.countryLink}
              onClick={(event) => open(event, iso3)}
              onMouseMove={(event) => {
                const [x, y] = atPointer(event);
                setTip({ iso3, x, y });
              }}
              onFocus={() => setTip({ iso3, x: country.centroid[0], y: country.centroid[1] })}
              onBlur={() => setTip(null)}
            >
              {shape}
            </a>
          );
        })}
        {/* The country under the pointer or focus, outlined above its neighbours. */}
        {active.map((country) => (
          <path key="active" d={country.d} className={classes.activeCountry} aria-hidden />
        ))}
      </svg>
      {tip && (
        <div
          className={classes.tooltip}
          aria-hidden
          style={{ left: `${(tip.x / WIDTH) * 100}%`, top: `${(tip.y / height) * 100}%` }}
        >
          <strong>{countryName(tip.iso3)}</strong>
          <span>
            {t("home.map.projects", {
              count: counts.get(tip.iso3) ?? 0,
              formatted: format.number(counts.get(tip.iso3) ?? 0),
            })}
          </span>
        </div>
      )}
      {unmapped.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("home.map.unmapped", {
            countries: unmapped
              .slice(0, UNMAPPED_NAMED)
              .map((iso3) => `${countryName(iso3)} (${format.number(counts.get(iso3) ?? 0)})`)
              .join(", "),
            count: Math.max(0, unmapped.length - UNMAPPED_NAMED),
          })}
        </Text>
      )}
    </div>
  );
}

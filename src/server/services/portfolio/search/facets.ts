/**
 * Facets of the search: their columns in project_search (copied there by migration 0007), the
 * condition a choice of values puts on the rows, and their counts in one statement.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  SEARCH_FACETS,
  type SearchFacet,
  type SearchFacets,
  type SearchFilters,
} from "../../../../domain/search";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/rows";

/** A facet is one value per project (region) or a list (countries: any of them). */
const FACET_COLUMNS: Record<SearchFacet, { column: SQL; list: boolean }> = {
  region: { column: sql`s.region_code`, list: false },
  country: { column: sql`s.countries`, list: true },
  fundingYear: { column: sql`s.funding_year`, list: false },
  status: { column: sql`s.status`, list: false },
  fundLine: { column: sql`s.fund_line`, list: false },
  area: { column: sql`s.areas`, list: true },
  activity: { column: sql`s.activities`, list: true },
  genderMarker: { column: sql`s.gender_marker`, list: false },
};

/** The rows having any of the chosen values; null when nothing is chosen in this facet. */
export function facetCondition(facet: SearchFacet, values: (string | number)[] | undefined): SQL | null {
  if (!values || values.length === 0) return null;
  const { column, list } = FACET_COLUMNS[facet];
  const literals = sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
  return list ? sql`${column} && array[${literals}]::text[]` : sql`${column} in (${literals})`;
}

export function facetConditions(filters: SearchFilters): SQL[] {
  return SEARCH_FACETS.flatMap((facet) => facetCondition(facet, filters[facet]) ?? []);
}

interface CountRow {
  facet: SearchFacet | "total";
  value: string | number | null;
  count: string | number;
}

/**
 * Every facet's counts, each with the other facets' choices applied, and the total with all of
 * them, in one statement: the rows the words find (within the read scope) are taken once, each
 * with one flag per facet ("passes this facet's choice"), and each facet is counted over the rows
 * passing every other flag. A row failing two choices counts nowhere, so it is left out at once.
 */
export async function countFacets(
  db: DbOrTx,
  found: SQL,
  filters: SearchFilters,
): Promise<{ facets: SearchFacets; total: number }> {
  const chosen = SEARCH_FACETS.map((facet) => ({ facet, condition: facetCondition(facet, filters[facet]) }));
  const flags = chosen.filter((c) => c.condition !== null);
  const flagColumns = flags.map((c, i) => sql`, (${c.condition}) as f${sql.raw(String(i))}`);
  const failing = flags.map((_, i) => sql`(not f${sql.raw(String(i))})::int`);
  const passesAll = (except: SearchFacet | null) => {
    const others = flags.flatMap((c, i) => (c.facet === except ? [] : [sql.raw(`f${i}`)]));
    return others.length === 0 ? sql`true` : sql.join(others, sql` and `);
  };
  const nearlyPassing = flags.length >= 2 ? sql`where ${sql.join(failing, sql` + `)} <= 1` : sql``;
  const counts = SEARCH_FACETS.map((facet) => {
    const { column, list } = FACET_COLUMNS[facet];
    const value = list ? sql`unnest(${column})` : column;
    return sql`select ${facet}::text as facet, value::text as value, count(*) as count
      from (select ${value} as value from m as s where ${passesAll(facet)}) as v
      where value is not null group by value`;
  });
  const result = await rowsOf<CountRow>(
    db.execute(sql`
    with m as materialized (
      select * from (
        select s.region_code, s.countries, s.funding_year, s.status, s.fund_line, s.areas, s.activities,
          s.gender_marker ${sql.join(flagColumns, sql``)}
        from project_search s where ${found}
      ) as found ${nearlyPassing}
    )
    ${sql.join(
      counts.map((c) => sql`(${c})`),
      sql` union all `,
    )}
    union all select 'total', null, count(*) from m as s where ${passesAll(null)}
  `),
  );
  const facets = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, []])) as unknown as SearchFacets;
  let total = 0;
  for (const row of result.rows) {
    if (row.facet === "total") total = Number(row.count);
    else facets[row.facet].push({ value: String(row.value), count: Number(row.count) });
  }
  for (const facet of SEARCH_FACETS) {
    // Most projects first; ties (and years) in a stable order.
    facets[facet].sort((a, b) =>
      facet === "fundingYear"
        ? Number(b.value) - Number(a.value)
        : b.count - a.count || a.value.localeCompare(b.value),
    );
  }
  return { facets, total };
}

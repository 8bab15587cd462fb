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
  /** grouping() over the facet columns: the one bit left clear names the facet counted. */
  grouping: number;
  /** The facet whose choice the rows fail (its index among the chosen), null for rows passing them all. */
  failed: number | null;
  count: string | number;
  [column: string]: unknown;
}

/** The facet columns in the order grouping() reads its bits (the first is the highest bit). */
const GROUPED = SEARCH_FACETS.map((facet) => ({ facet, ...FACET_COLUMNS[facet] }));
const ALL_BITS = (1 << GROUPED.length) - 1;

/**
 * Every facet's counts, each with the other facets' choices applied, and the total with all of
 * them, in one pass over the rows the words find (within the read scope): each row carries which
 * choice it fails (a row failing two counts nowhere, so it is left out at once), and one
 * aggregate with a grouping set per facet counts the rows by that facet's value and that flag.
 * A facet then adds up its rows passing every choice and those failing its own choice only.
 * Lists (countries, areas, activities) are grouped by the whole list, a few thousand distinct
 * lists at most, and split here: unnesting every row's list in SQL cost ten times as much.
 *
 * Finding the rows is the other half: run in searchPlan() so that a broad word's rows come
 * through the GIN index (measured: a sequential scan decompresses every document).
 */
export async function countFacets(
  db: DbOrTx,
  found: SQL,
  filters: SearchFilters,
): Promise<{ facets: SearchFacets; total: number }> {
  const flags = SEARCH_FACETS.flatMap((facet) => {
    const condition = facetCondition(facet, filters[facet]);
    // A null (a global project's region against a region chosen) fails the choice, as "in" meant.
    return condition ? [{ facet, passes: sql`coalesce(${condition}, false)` }] : [];
  });
  const failed =
    flags.length === 0
      ? sql`null::int`
      : sql`case ${sql.join(
          flags.map((f, i) => sql`when not ${f.passes} then ${sql.raw(String(i))}`),
          sql` `,
        )} end`;
  const failing =
    flags.length >= 2
      ? sql`and ${sql.join(
          flags.map((f) => sql`(not ${f.passes})::int`),
          sql` + `,
        )} <= 1`
      : sql``;
  const columns = GROUPED.map((g, i) => sql`${g.column} as c${sql.raw(String(i))}`);
  const names = GROUPED.map((_, i) => sql.raw(`c${i}`));
  const result = await rowsOf<CountRow>(
    db.execute(sql`
    select grouping(${sql.join(names, sql`, `)}) as grouping, failed, ${sql.join(names, sql`, `)}, count(*) as count
    from (
      select ${sql.join(columns, sql`, `)}, ${failed} as failed
      from project_search s where ${found} ${failing}
    ) as found
    group by grouping sets (${sql.join(
      names.map((name) => sql`(failed, ${name})`),
      sql`, `,
    )}, (failed))
  `),
  );
  const failedIndex = new Map(flags.map((f, i) => [f.facet, i]));
  const tallies = new Map(SEARCH_FACETS.map((facet) => [facet, new Map<string, number>()]));
  let total = 0;
  for (const row of result.rows) {
    const count = Number(row.count);
    const failedAt = row.failed === null ? null : Number(row.failed);
    const grouping = Number(row.grouping);
    if (grouping === ALL_BITS) {
      if (failedAt === null) total += count;
      continue;
    }
    const index = GROUPED.findIndex((_, i) => grouping === ALL_BITS - (1 << (GROUPED.length - 1 - i)));
    const group = GROUPED[index];
    if (!group) continue;
    // Rows failing another facet's choice do not count in this facet.
    if (failedAt !== null && failedAt !== failedIndex.get(group.facet)) continue;
    const tally = tallies.get(group.facet) as Map<string, number>;
    const value = row[`c${index}`];
    const values = group.list ? ((value as string[] | null) ?? []) : value === null ? [] : [value];
    for (const v of values) tally.set(String(v), (tally.get(String(v)) ?? 0) + count);
  }
  const facets = Object.fromEntries(
    SEARCH_FACETS.map((facet) => [
      facet,
      [...(tallies.get(facet) as Map<string, number>)].map(([value, count]) => ({ value, count })),
    ]),
  ) as unknown as SearchFacets;
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

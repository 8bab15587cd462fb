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
  cofundedBy: { column: sql`s.funders`, list: true },
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
  /** grouping() over the list columns: which grouping set the row belongs to (see countFacets). */
  lists: number;
  /** The facet whose choice the rows fail (its index among the chosen), null for rows passing them all. */
  failed: number | null;
  count: string | number;
  [column: string]: unknown;
}

/** The facet columns, named c0… in the order of SEARCH_FACETS. */
const GROUPED = SEARCH_FACETS.map((facet, i) => ({ facet, name: `c${i}`, ...FACET_COLUMNS[facet] }));
const ONE_VALUE = GROUPED.filter((g) => !g.list);
const LISTS = GROUPED.filter((g) => g.list);
/** grouping() over the lists is all ones for the set of one-value facets; a list's own set clears its bit. */
const ALL_LISTS = (1 << LISTS.length) - 1;

/**
 * Every facet's counts, each with the other facets' choices applied, and the total with all of
 * them, in one pass over the rows the words find (within the read scope): each row carries which
 * choice it fails (a row failing two counts nowhere, so it is left out at once), and one aggregate
 * counts the rows by that flag with a grouping set for the one-value facets together (region, year,
 * status, fund line, gender marker: a few thousand combinations) and one per list facet. A facet
 * then adds up its rows passing every choice and those failing its own choice only. One set for
 * the five one-value facets rather than one each: measured at 100,000 projects for "migration",
 * 182–210 ms against 277 (load average 5.5), the hash tables being most of the cost.
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
  const columns = GROUPED.map((g) => sql`${g.column} as ${sql.raw(g.name)}`);
  const names = (groups: typeof GROUPED) =>
    sql.join(
      groups.map((g) => sql.raw(g.name)),
      sql`, `,
    );
  const result = await rowsOf<CountRow>(
    db.execute(sql`
    select grouping(${names(LISTS)}) as lists, failed, ${names(GROUPED)}, count(*) as count
    from (
      select ${sql.join(columns, sql`, `)}, ${failed} as failed
      from project_search s where ${found} ${failing}
    ) as found
    group by grouping sets ((failed, ${names(ONE_VALUE)}), ${sql.join(
      LISTS.map((g) => sql`(failed, ${sql.raw(g.name)})`),
      sql`, `,
    )})
  `),
  );
  const failedIndex = new Map(flags.map((f, i) => [f.facet, i]));
  const tallies = new Map(SEARCH_FACETS.map((facet) => [facet, new Map<string, number>()]));
  const add = (group: (typeof GROUPED)[number], value: unknown, count: number) => {
    const tally = tallies.get(group.facet) as Map<string, number>;
    const values = group.list ? ((value as string[] | null) ?? []) : value === null ? [] : [value];
    for (const v of values) tally.set(String(v), (tally.get(String(v)) ?? 0) + count);
  };
  let total = 0;
  for (const row of result.rows) {
    const count = Number(row.count);
    const failedAt = row.failed === null ? null : Number(row.failed);
    // Rows failing another facet's choice do not count in this facet.
    const counts = (group: (typeof GROUPED)[number]) =>
      failedAt === null || failedAt === failedIndex.get(group.facet);
    const lists = Number(row.lists);
    if (lists === ALL_LISTS) {
      if (failedAt === null) total += count;
      for (const group of ONE_VALUE) if (counts(group)) add(group, row[group.name], count);
      continue;
    }
    const group = LISTS.find((_, i) => lists === ALL_LISTS - (1 << (LISTS.length - 1 - i)));
    if (group && counts(group)) add(group, row[group.name], count);
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

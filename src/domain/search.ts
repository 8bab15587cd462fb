/**
 * The project search engine: words over code, title, summary, objective, countries and lessons
 * learned, narrowed by facets. The query's schema is the API's and the search page's.
 *
 * A facet takes several values (`?region=WCA&region=EHA`: either); facets combine with "and".
 * Each facet's counts are taken with every other facet's choice applied, so a user sees what
 * ticking one more value would give.
 */
import { z } from "zod";
import { highlightPart } from "./knowledge";
import { PROJECT_STATUSES } from "./lifecycle";

export const SEARCH_FACETS = [
  "region",
  "country",
  "fundingYear",
  "status",
  "fundLine",
  "area",
  "activity",
  "genderMarker",
  "cofundedBy",
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SEARCH_SORTS = ["relevance", "code", "recent"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longest search text: a sentence or two of words, not a document. */
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_SIZE_MAX = 100;
/** Values ticked in one facet: every country of a region is far fewer. */
export const SEARCH_FACET_VALUES_MAX = 60;

/**
 * One value or several (a repeated query parameter), as a list. `expected` says what a value
 * must be: a union's own message ("Invalid input") would not tell the caller.
 */
function oneOrMany<T extends z.ZodType>(value: T, expected: string) {
  return z
    .union([z.array(value).max(SEARCH_FACET_VALUES_MAX), value], {
      error: `${expected} (at most ${SEARCH_FACET_VALUES_MAX} values)`,
    })
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

const code = z.string().trim().min(1).max(40);
const CODES = "Codes of 1 to 40 characters";

/** Strict: a misspelt filter (?regoin=WCA) is an error, not a silently unfiltered list. */
export const searchQuery = z.strictObject({
  q: z.string().trim().max(SEARCH_QUERY_MAX).optional(),
  region: oneOrMany(code, CODES).optional(),
  country: oneOrMany(
    z.string().regex(/^[A-Z]{3}$/),
    "ISO 3166 alpha-3 country codes, such as KEN",
  ).optional(),
  fundingYear: oneOrMany(z.coerce.number().int().min(2000).max(2100), "Years from 2000 to 2100").optional(),
  status: oneOrMany(z.enum(PROJECT_STATUSES), `Statuses among ${PROJECT_STATUSES.join(", ")}`).optional(),
  fundLine: oneOrMany(code, CODES).optional(),
  area: oneOrMany(code, CODES).optional(),
  activity: oneOrMany(code, CODES).optional(),
  genderMarker: oneOrMany(code, CODES).optional(),
  /** Other funders, by organisation name as the projects list them (issue 15 §5). */
  cofundedBy: oneOrMany(
    z.string().trim().min(1).max(200),
    "Organisation names of 1 to 200 characters",
  ).optional(),
  /** Relevance when there are words, otherwise by code; "recent": last changed first. */
  sort: z.enum(SEARCH_SORTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(SEARCH_PAGE_SIZE_MAX).default(20),
});
export type SearchQuery = z.output<typeof searchQuery>;
/** The chosen facet values, by facet. */
export type SearchFilters = Pick<SearchQuery, SearchFacet>;

export const searchItem = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  /** The title split where matched words start and end. */
  titleHighlights: z.array(highlightPart),
  /**
   * The passage of the summary, objective or lessons learned that matches best, split likewise
   * (without words: the summary's beginning).
   */
  snippet: z.array(highlightPart),
  status: z.enum(PROJECT_STATUSES),
  region: z.string().nullable(),
  countries: z.array(z.string()),
  fundingYear: z.number().int(),
  fundLine: z.string(),
  /** Found by a close spelling of a word of the code or title rather than the words themselves. */
  approximate: z.boolean(),
  bookmarked: z.boolean(),
});
export type SearchItem = z.infer<typeof searchItem>;

export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

export const searchFacets = z.object(
  Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, z.array(facetCount)])) as Record<
    SearchFacet,
    z.ZodArray<typeof facetCount>
  >,
);
export type SearchFacets = z.infer<typeof searchFacets>;

export const searchPage = z.object({
  items: z.array(searchItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: searchFacets,
});
export type SearchPage = z.infer<typeof searchPage>;

import {
  SEARCH_FACETS,
  SEARCH_QUERY_MAX,
  SEARCH_SORTS,
  type SearchFacet,
  type SearchSort,
} from "../../../domain/search";
import { useAddressParams } from "../../lib/addressParams";

export type FacetChoices = Partial<Record<SearchFacet, string[]>>;

/**
 * The search lives in the URL (`/search?q=labour&region=WCA&region=EHA&page=2`), so that it can be
 * bookmarked, shared and gone back to.
 */
export function useSearchUrl() {
  const [params, changeAddress] = useAddressParams();
  const q = params.get("q")?.trim().slice(0, SEARCH_QUERY_MAX) || undefined;
  const filters: FacetChoices = {};
  for (const facet of SEARCH_FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length > 0) filters[facet] = values;
  }
  const sortParam = params.get("sort");
  const sort = SEARCH_SORTS.includes(sortParam as SearchSort) ? (sortParam as SearchSort) : undefined;
  const page = Math.max(1, Math.floor(Number(params.get("page"))) || 1);

  /** Any change but the page itself starts again at page 1; typing replaces the history entry. */
  const change = (
    edit: (next: URLSearchParams) => void,
    options: { keepPage?: boolean; replace?: boolean } = {},
  ) =>
    changeAddress(
      (next) => {
        edit(next);
        if (!options.keepPage) next.delete("page");
      },
      { replace: options.replace ?? false },
    );
  return {
    q,
    filters,
    sort,
    page,
    hasFilters: Object.keys(filters).length > 0,
    setQ: (text: string) =>
      change((next) => (text ? next.set("q", text) : next.delete("q")), { replace: true }),
    toggle: (facet: SearchFacet, value: string, on: boolean) =>
      change((next) => {
        const values = next.getAll(facet).filter((v) => v !== value);
        next.delete(facet);
        for (const v of on ? [...values, value] : values) next.append(facet, v);
      }),
    setSort: (value: SearchSort | null) =>
      change((next) => (value ? next.set("sort", value) : next.delete("sort"))),
    setPage: (value: number) =>
      change((next) => (value > 1 ? next.set("page", String(value)) : next.delete("page")), {
        keepPage: true,
      }),
    clearFilters: () =>
      change((next) => {
        for (const facet of SEARCH_FACETS) next.delete(facet);
      }),
  };
}

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { SearchFacet, SearchPage, SearchSort } from "../../domain/search";
import { request } from "./client";

export interface SearchParams {
  q?: string;
  filters: Partial<Record<SearchFacet, string[]>>;
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

/** A facet's values as a repeated parameter (`region=WCA&region=EHA`), as the API reads them. */
export function searchQueryString(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const [facet, values] of Object.entries(params.filters)) {
    for (const value of values ?? []) query.append(facet, value);
  }
  if (params.sort) query.set("sort", params.sort);
  if (params.page > 1) query.set("page", String(params.page));
  query.set("pageSize", String(params.pageSize));
  return query.toString();
}

/** One page of results with the facets; the previous page stays on screen while the next loads. */
export function useSearch(params: SearchParams) {
  const query = searchQueryString(params);
  return useQuery({
    queryKey: ["search", query],
    queryFn: () => request<SearchPage>("GET", `/api/search?${query}`),
    placeholderData: keepPreviousData,
  });
}

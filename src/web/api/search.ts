import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { isProjectStatus } from "../../domain/lifecycle";
import type { SearchFacet, SearchSort } from "../../domain/search";
import { answer, http, repeatedSets } from "./client";

export interface SearchParams {
  q?: string;
  filters: Partial<Record<SearchFacet, string[]>>;
  sort?: SearchSort;
  page: number;
  pageSize: number;
}

/** The parameters as the API reads them (a funding year is a number; only a later page is named). */
function searchQuery(params: SearchParams) {
  const { fundingYear, status, ...facets } = params.filters;
  return {
    q: params.q || undefined,
    ...facets,
    fundingYear: fundingYear?.map(Number),
    // A status typed into the address that is no status matches nothing the search could show.
    status: status?.filter(isProjectStatus),
    sort: params.sort,
    page: params.page > 1 ? params.page : undefined,
    pageSize: params.pageSize,
  };
}

/** One page of results with the facets; the previous page stays on screen while the next loads. */
export function useSearch(params: SearchParams) {
  const query = searchQuery(params);
  return useQuery({
    queryKey: ["search", repeatedSets(query)],
    queryFn: () =>
      answer(
        http.GET("/api/search", {
          params: { query },
          querySerializer: repeatedSets,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

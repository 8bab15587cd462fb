/** The varied, deterministic requests the benchmarks send. */
import type { DashboardFilters } from "../../src/domain/dashboard";

/** What people type: topics, phrases, places, a prefix, a typo, a code, accents, French and Spanish. */
export const SEARCH_WORDS = [
  "labour mobility",
  "migration",
  "border management",
  "trafficking",
  "health",
  "climate change",
  "diaspora",
  "remittances",
  "displacement",
  "reintegration",
  "Senegal",
  "Nepal",
  "Guatemala",
  "Ukraine",
  "Kenya border",
  "traf",
  "migraton",
  "PRJ-2024-01",
  "migración",
  "santé",
  "ethical recruitment",
  "data collection",
  '"integrated border management"',
  "return -voluntary",
  "youth employment",
  "disease surveillance",
  "policy",
  "training",
  "psychosocial",
  "evidence",
] as const;

/** Facet choices, applied in turn with the words. */
export const SEARCH_FACETS = [
  "region=WCA",
  "fundingYear=2024",
  "status=active",
  "region=AP&fundingYear=2025",
  "fundLine=L2&status=closed",
  "area=LHD",
  "genderMarker=2a&region=EHA",
  "country=SEN",
] as const;

/**
 * Search requests. `unique` gives every request a page size of its own (the same search, a
 * different answer to keep), so the server's answer cache never hits: the cost of a new search.
 */
export function searchPaths(withFacets: boolean, unique = false): string[] {
  const count = unique ? 3000 : SEARCH_WORDS.length;
  return Array.from({ length: count }, (_, i) => {
    const word = SEARCH_WORDS[i % SEARCH_WORDS.length] as string;
    const q = `q=${encodeURIComponent(word)}`;
    const facets = withFacets ? `&${SEARCH_FACETS[i % SEARCH_FACETS.length]}` : "";
    const size = unique ? `&pageSize=${10 + (Math.floor(i / SEARCH_WORDS.length) % 40)}` : "";
    return `/api/search?${q}${facets}${size}`;
  });
}

/** Filters the dashboards are looked at with: the whole portfolio, a region, some years, a status set, an area. */
export const DASHBOARD_FILTERS: DashboardFilters[] = [
  {},
  { region: "WCA" },
  { yearFrom: 2022, yearTo: 2025 },
  { status: ["active", "closed"] },
  { area: "LHD" },
  { region: "AP", yearFrom: 2024, yearTo: 2026 },
  { fundLine: "L2" },
  { region: "SEECA", status: ["active"] },
];

/**
 * Dashboard requests for a chart. `unique` widens each filter's years to a range of its own that
 * selects the same projects (2000–2015 and 2028–2100 hold none), so the server's answer cache
 * never hits: the cost of figures not asked for before, or asked again after a change.
 */
export function dashboardPaths(chart: string, unique = false): string[] {
  const count = unique ? 2000 : DASHBOARD_FILTERS.length;
  return Array.from({ length: count }, (_, i) => {
    const filters = { ...DASHBOARD_FILTERS[i % DASHBOARD_FILTERS.length] };
    if (unique) {
      const n = Math.floor(i / DASHBOARD_FILTERS.length);
      filters.yearFrom = Math.min(filters.yearFrom ?? 2016, 2000 + (n % 16));
      filters.yearTo = Math.max(filters.yearTo ?? 2027, 2100 - Math.floor(n / 16));
    }
    return `/api/dashboard/${chart}${filterQuery(filters)}`;
  });
}

export function filterQuery(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Project list queries: pages, sorts and filters. */
export const LIST_QUERIES = [
  "",
  "?page=2",
  "?region=WCA",
  "?fundingYear=2025&status=active",
  "?sort=title&order=asc",
  "?q=border",
  "?country=KEN",
  "?areaOfWork=MH&page=3",
  "?fundLine=L1&sort=requestedBudget",
  "?status=submitted&sort=updatedAt",
  "?page=400",
  "?region=AP&fundingYear=2024&pageSize=50",
] as const;

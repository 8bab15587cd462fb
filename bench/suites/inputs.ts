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

export function searchPaths(withFacets: boolean): string[] {
  return SEARCH_WORDS.map((word, i) => {
    const q = `q=${encodeURIComponent(word)}`;
    return `/api/search?${withFacets ? `${q}&${SEARCH_FACETS[i % SEARCH_FACETS.length]}` : q}`;
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

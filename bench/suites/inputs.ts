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

/** Search requests, each search asked again in turn: what the server's answer cache holds. */
export function searchPaths(withFacets: boolean): string[] {
  return SEARCH_WORDS.map((word, i) => {
    const facets = withFacets ? `&${SEARCH_FACETS[i % SEARCH_FACETS.length]}` : "";
    return `/api/search?q=${encodeURIComponent(word)}${facets}`;
  });
}

/** Words found in a third to all of the projects the generator writes (and their prefixes: "mi"). */
export const BROAD_WORDS = [
  "migration",
  "migrants",
  "assistance",
  "national",
  "policy",
  "training",
  "data",
  "capacity",
  "mobility",
  "border",
  "support",
  "development",
  "research",
  "strengthen",
  "institutions",
  "technical",
  "coordination",
  "authorities",
  "analysis",
  "human",
] as const;

/** Words found in about one project in a hundred or fewer: countries and narrow topics. */
export const RARE_WORDS = [
  "Senegal",
  "Nepal",
  "Afghanistan",
  "Albania",
  "Algeria",
  "Angola",
  "Argentina",
  "Armenia",
  "Azerbaijan",
  "Bangladesh",
  "Belarus",
  "Belize",
  "Benin",
  "Bolivia",
  "Botswana",
  "Brazil",
  "Bulgaria",
  "Cambodia",
  "Cameroon",
  "Chad",
  "Chile",
  "Colombia",
  "Comoros",
  "Croatia",
  "psychosocial",
  "surveillance",
  "Burkina Faso",
  "Costa Rica",
] as const;

/** Every prefix of two letters or more of the words, once: what a user types on the way. */
function prefixes(words: readonly string[]): string[] {
  const all = words.flatMap((word) =>
    Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 2)),
  );
  return [...new Set(all)];
}

const FACET_VALUES = {
  region: ["AP", "CNC", "EEA", "EHA", "MENA", "SAF", "SAM", "SEECA", "WCA"],
  fundingYear: ["2020", "2021", "2022", "2023", "2024", "2025", "2026"],
  status: ["active", "closed", "approved", "submitted"],
  fundLine: ["L1", "L2"],
  genderMarker: ["0", "1", "2a", "2b"],
  area: ["EPC", "MH", "IBM", "MA", "LHD", "MPR", "MECC"],
} as const;

/** One to three facets chosen, varied with the index (deterministic). */
function facetChoice(i: number): string {
  const facets = Object.entries(FACET_VALUES);
  const chosen = 1 + (i % 3);
  return Array.from({ length: chosen }, (_, k) => {
    const [facet, values] = facets[(i + k * 2) % facets.length] as [string, readonly string[]];
    return `${facet}=${values[Math.floor(i / (k + 1)) % values.length]}`;
  }).join("&");
}

/**
 * Searches no answer cache holds: every request has words, or words and facet choices, of its own
 * (the facet counts are kept by words and choices, so varying the page size alone would not do).
 * Broad: a broad word or prefix ("migration", "mi"), then two of them. Rare: a rare word, then a
 * rare word with a broad prefix ("Nepal tra"). With facets: the same texts, each with another choice.
 */
export function uncachedSearchPaths(kind: "broad" | "rare", withFacets: boolean, count = 3000): string[] {
  const broad = prefixes(BROAD_WORDS);
  const first = kind === "broad" ? broad : [...RARE_WORDS];
  const texts = [...new Set([...first, ...first.flatMap((a) => broad.map((b) => `${a} ${b}`))])];
  return Array.from({ length: Math.min(count, texts.length) }, (_, i) => {
    const q = `q=${encodeURIComponent(texts[i] as string)}`;
    return `/api/search?${q}${withFacets ? `&${facetChoice(i)}` : ""}`;
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
  return figurePaths(`/api/dashboard/${chart}`, unique);
}

/** The same requests for any figure endpoint (a dashboard chart, an analysis report). */
export function figurePaths(base: string, unique = false): string[] {
  const count = unique ? 2000 : DASHBOARD_FILTERS.length;
  return Array.from({ length: count }, (_, i) => {
    const filters = { ...DASHBOARD_FILTERS[i % DASHBOARD_FILTERS.length] };
    if (unique) {
      const n = Math.floor(i / DASHBOARD_FILTERS.length);
      filters.yearFrom = Math.min(filters.yearFrom ?? 2016, 2000 + (n % 16));
      filters.yearTo = Math.max(filters.yearTo ?? 2027, 2100 - Math.floor(n / 16));
    }
    return `${base}${filterQuery(filters)}`;
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

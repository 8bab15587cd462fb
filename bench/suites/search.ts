/**
 * The search engine on PostgreSQL, 10 connections: words alone and words with facet choices, as
 * the answer cache holds them, and new searches no cache holds, broad words and rare words apart.
 */
import { getOk, load } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { type BenchServer, signIn, startServer } from "../lib/server";
import type { SuiteOptions } from "./context";
import { searchPaths, uncachedSearchPaths } from "./inputs";

const RUNS = [
  { withFacets: false, words: "cached" },
  { withFacets: true, words: "cached" },
  { withFacets: false, words: "broad" },
  { withFacets: true, words: "broad" },
  { withFacets: false, words: "rare" },
  { withFacets: true, words: "rare" },
] as const;

export async function searchLoad(server: BenchServer, cookie: string, duration: number, limitMs: number) {
  const rows: ResultRow[] = [];
  for (const { withFacets, words } of RUNS) {
    const paths = words === "cached" ? searchPaths(withFacets) : uncachedSearchPaths(words, withFacets);
    // Cached: every search asked once first. Uncached: one search of another kind, to wake the server.
    if (words === "cached") for (const path of paths) await getOk(`${server.url}${path}`, cookie);
    else await getOk(`${server.url}/api/search?q=wake`, cookie);
    const result = await load({ url: server.url, cookie, paths, durationSeconds: duration });
    const kind = words === "cached" ? "cached" : `uncached, ${words} words`;
    // A run longer than the list would ask searches again, from the cache: say so.
    const repeated = words !== "cached" && result.requests > paths.length;
    const notes = [
      result.non2xx || result.errors ? `${result.non2xx} non-2xx, ${result.errors} errors` : null,
      repeated ? `${result.requests} requests for ${paths.length} searches: some cached` : null,
    ].filter(Boolean);
    rows.push({
      name: `GET /api/search?q=…${withFacets ? "&<facets>" : ""} ×10 ${kind}`,
      ...result,
      target: `p95 ≤ ${limitMs} ms`,
      met: result.p95 <= limitMs && result.non2xx === 0 && result.errors === 0,
      note: notes.length ? notes.join("; ") : undefined,
    });
  }
  return rows;
}

export async function runSearch(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.postgres);
  try {
    const cookie = await signIn(server.url);
    const rows = await searchLoad(server, cookie, options.duration, 150);
    return { rows, setup: { database: "postgres", connections: 10, duration: options.duration } };
  } finally {
    await server.stop();
  }
}

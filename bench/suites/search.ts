/** The search engine on PostgreSQL: words alone, and words with facet choices, 10 connections. */
import { getOk, load } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { type BenchServer, signIn, startServer } from "../lib/server";
import type { SuiteOptions } from "./context";
import { searchPaths } from "./inputs";

export async function searchLoad(server: BenchServer, cookie: string, duration: number, limitMs: number) {
  const rows: ResultRow[] = [];
  for (const [withFacets, unique] of [
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    const paths = searchPaths(withFacets, unique);
    // Cached: every search asked once first. Uncached: only the first, to wake the server.
    for (const path of unique ? paths.slice(0, 1) : paths) await getOk(`${server.url}${path}`, cookie);
    const result = await load({ url: server.url, cookie, paths, durationSeconds: duration });
    rows.push({
      name: `GET /api/search?q=…${withFacets ? "&<facets>" : ""} ×10 ${unique ? "uncached" : "cached"}`,
      ...result,
      target: `p95 ≤ ${limitMs} ms`,
      met: result.p95 <= limitMs && result.non2xx === 0 && result.errors === 0,
      note: result.non2xx || result.errors ? `${result.non2xx} non-2xx, ${result.errors} errors` : undefined,
    });
  }
  return rows;
}

export async function runSearch(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.postgres);
  try {
    const cookie = await signIn(server.url);
    const rows = await searchLoad(server, cookie, options.duration, 100);
    return { rows, setup: { database: "postgres", connections: 10, duration: options.duration } };
  } finally {
    await server.stop();
  }
}

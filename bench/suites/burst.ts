/**
 * Overload (issue 11, item 4): a burst of 200 connections for `burstDuration` seconds on search
 * and on the dashboard, on PGlite and on PostgreSQL, with the admission lane at its defaults and
 * turned off (MAX_CONCURRENT_REQUESTS=0), to show what it changes: response times of accepted
 * requests, the share refused (503 overloaded) and whether /api/health kept answering.
 *
 * Every request asks something not asked before (a page size, a page, a year range of its own),
 * so the server's answer cache does not hide the work: a burst of new questions is what
 * overloads a server.
 */
import { DASHBOARD_CHARTS } from "../../src/domain/dashboard";
import { type BurstClients, type BurstResult, burst } from "../lib/burst";
import { getOk } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { type BenchServer, signIn, startServer, type Target } from "../lib/server";
import type { SuiteOptions } from "./context";
import { dashboardPaths, SEARCH_FACETS, SEARCH_WORDS } from "./inputs";

export const BURST_CONNECTIONS = 200;

/** Distinct searches, words with and without facets, far more than a burst can send. */
function uniqueSearches(): string[] {
  const paths: string[] = [];
  for (let page = 1; page <= 3; page++) {
    for (let size = 10; size < 50; size++) {
      SEARCH_WORDS.forEach((word, i) => {
        const facet = i % 3 === 0 ? "" : `&${SEARCH_FACETS[(i + size) % SEARCH_FACETS.length]}`;
        paths.push(`/api/search?q=${encodeURIComponent(word)}${facet}&pageSize=${size}&page=${page}`);
      });
    }
  }
  return paths;
}

/** Every chart in turn, each with a year range not asked before. */
function uniqueDashboards(): string[] {
  const perChart = DASHBOARD_CHARTS.map((chart) => dashboardPaths(chart, true));
  const count = Math.min(...perChart.map((paths) => paths.length));
  return Array.from({ length: count * perChart.length }, (_, i) => {
    const paths = perChart[i % perChart.length] as string[];
    return paths[Math.floor(i / perChart.length)] as string;
  });
}

const ENDPOINTS = [
  { name: "search", paths: uniqueSearches },
  { name: "dashboard", paths: uniqueDashboards },
] as const;

/** "default": the lane as configured by default; "0": turned off; a number: that many at once. */
function modeOf(concurrency: string): { name: string; env: Record<string, string> } {
  if (concurrency === "default") return { name: "lane on (defaults)", env: {} };
  if (concurrency === "0") return { name: "lane off", env: { MAX_CONCURRENT_REQUESTS: "0" } };
  return { name: `lane of ${concurrency}`, env: { MAX_CONCURRENT_REQUESTS: concurrency } };
}

/** After a burst the server may still work through what it let in: wait until health is quick again. */
async function quiet(server: BenchServer) {
  const deadline = Date.now() + 180_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/health`).catch(() => null);
    quick = response?.ok && performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function row(
  database: string,
  endpoint: string,
  mode: string,
  clients: BurstClients,
  result: BurstResult,
): ResultRow {
  const h = result.health;
  return {
    name: `${database} ${endpoint} ×${BURST_CONNECTIONS} ${clients}, ${mode}`,
    p50: result.accepted_ms.p50,
    p99: result.accepted_ms.p99,
    reqPerSec: result.acceptedPerSec,
    requests: result.accepted,
    value: result.refusedShare,
    unit: "% refused",
    note:
      `refused p99 ${result.refused_ms.p99} ms (${result.refused}); failed ${result.failed}; ` +
      `health ${h.ok}/${h.probes} ok, p99 ${h.ms.p99} ms, max ${h.ms.max} ms; accepted max ${result.accepted_ms.max} ms`,
  };
}

export async function runBurst(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const targets = [
    {
      name: "pglite",
      database: "PGlite",
      target: { dataDir: options.pgliteDataDir },
      port: options.ports.pglite,
    },
    {
      name: "postgres",
      database: "PostgreSQL",
      target: { databaseUrl: options.databaseUrl },
      port: options.ports.postgres,
    },
  ].filter((t) => options.burst.databases.includes(t.name)) as {
    database: string;
    target: Target;
    port: number;
  }[];
  const rows: ResultRow[] = [];
  for (const { database, target, port } of targets) {
    for (const mode of options.burst.concurrency.map(modeOf)) {
      const server = await startServer(target, port, mode.env);
      try {
        const cookie = await signIn(server.url);
        for (const endpoint of ENDPOINTS.filter((e) => options.burst.endpoints.includes(e.name))) {
          const paths = endpoint.paths();
          await getOk(`${server.url}${paths[0]}`, cookie);
          const result = await burst({
            url: server.url,
            cookie,
            paths,
            connections: BURST_CONNECTIONS,
            durationSeconds: options.burst.duration,
            clients: options.burst.clients,
          });
          const measured = row(database, endpoint.name, mode.name, options.burst.clients, result);
          console.log(JSON.stringify(measured));
          rows.push(measured);
          await quiet(server);
        }
      } finally {
        await server.stop();
      }
    }
  }
  return {
    rows,
    setup: {
      connections: BURST_CONNECTIONS,
      duration: options.burst.duration,
      concurrency: options.burst.concurrency,
      clients: options.burst.clients,
      postgres: options.databaseUrl.replace(/\/\/[^@]*@/, "//"),
      pglite: options.pgliteDataDir,
    },
  };
}

/**
 * Dashboards on PostgreSQL: every chart and analysis report under load (10 connections, the
 * filters in turn), and
 * each chart's endpoint against its own SQL run alone (the statement chartQuery builds, printed
 * with its values and sent as plain text like psql does), one request at a time, same filters.
 * The plans of the slowest statements go to results/raw/ (EXPLAIN ANALYZE).
 */
import pg from "pg";
import {
  ANALYSIS_REPORTS,
  DASHBOARD_CHARTS,
  ROLLUP_CHARTS,
  type RollupChart,
} from "../../src/domain/dashboard";
import { ReadScope } from "../../src/server/policies/readScope";
import { chartQuery } from "../../src/server/services/portfolio/dashboard/charts";
import { printableSql } from "../../src/server/services/portfolio/dashboard/figureSql";
import { bumpCounters, existingCounters } from "../lib/churn";
import { getOk, load, sequential, sequentialAfter } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { writeRaw } from "../lib/results";
import { type BenchServer, signIn, startServer } from "../lib/server";
import { type SuiteOptions, TODAY } from "./context";
import { DASHBOARD_FILTERS, figurePaths, filterQuery } from "./inputs";

/** The statement a chart runs for the fund manager (whole portfolio in scope). */
export function chartSql(chart: RollupChart, filters: (typeof DASHBOARD_FILTERS)[number]): string {
  return printableSql(chartQuery(chart, ReadScope.all, filters, TODAY).sql);
}

/** Every chart under 10 connections: answers the server keeps (cached), then new figures (uncached). */
export async function dashboardLoad(server: BenchServer, cookie: string, duration: number, limitMs: number) {
  const rows: ResultRow[] = [];
  const endpoints = [
    ...DASHBOARD_CHARTS.map((chart) => `/api/dashboard/${chart}`),
    ...ANALYSIS_REPORTS.map((report) => `/api/analysis/${report}`),
  ];
  for (const endpoint of endpoints) {
    for (const unique of [false, true]) {
      const paths = figurePaths(endpoint, unique);
      // Cached: every filter asked once first. Uncached: only the first, to wake the server.
      for (const path of unique ? paths.slice(0, 1) : paths) await getOk(`${server.url}${path}`, cookie);
      const result = await load({ url: server.url, cookie, paths, durationSeconds: duration });
      rows.push({
        name: `GET ${endpoint} ×10 ${unique ? "uncached" : "cached"}`,
        ...result,
        target: `p95 ≤ ${limitMs} ms`,
        met: result.p95 <= limitMs && result.non2xx === 0 && result.errors === 0,
        note:
          result.non2xx || result.errors ? `${result.non2xx} non-2xx, ${result.errors} errors` : undefined,
      });
    }
  }
  return rows;
}

async function explain(client: pg.Client, chart: RollupChart): Promise<string> {
  const result = await client.query(`explain (analyze, buffers) ${chartSql(chart, {})}`);
  return result.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
}

export async function runDashboard(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.postgres);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const cookie = await signIn(server.url);
    const rows = await dashboardLoad(server, cookie, options.duration, 100);
    // Endpoint and SQL alone, one at a time, each filter three times; the change counters moved
    // before each request so that the server computes the figures (not timed).
    const counters = await existingCounters(client);
    const rounds = [...DASHBOARD_FILTERS, ...DASHBOARD_FILTERS, ...DASHBOARD_FILTERS];
    // The envelopes chart reads no rollup statement: its SQL alone has nothing to compare.
    for (const chart of ROLLUP_CHARTS) {
      const sqlAlone = await sequential(rounds, (f) => client.query(chartSql(chart, f)));
      const endpoint = await sequentialAfter(
        rounds,
        () => bumpCounters(client, counters),
        async (f) => {
          const response = await getOk(`${server.url}/api/dashboard/${chart}${filterQuery(f)}`, cookie);
          await response.arrayBuffer();
        },
      );
      const ratio = Math.round((endpoint.p50 / sqlAlone.p50) * 100) / 100;
      rows.push({
        name: `${chart}: endpoint uncached vs SQL alone (p50, 1 client)`,
        p50: endpoint.p50,
        p95: endpoint.p95,
        value: sqlAlone.p50,
        unit: `ms SQL p50 (p95 ${sqlAlone.p95}) → ×${ratio}`,
        target: "endpoint ≤ 2× SQL",
        met: endpoint.p50 <= 2 * sqlAlone.p50,
      });
      writeRaw(`explain-dashboard-${chart}.txt`, await explain(client, chart));
    }
    return { rows, setup: { database: "postgres", connections: 10, duration: options.duration } };
  } finally {
    await client.end();
    await server.stop();
  }
}

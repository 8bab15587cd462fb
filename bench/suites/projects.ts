/** The project page API and the project list on PostgreSQL, 10 connections. */
import pg from "pg";
import { getOk, load } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { signIn, startServer } from "../lib/server";
import type { SuiteOptions } from "./context";
import { LIST_QUERIES } from "./inputs";

/** 500 projects spread over the whole portfolio (every n-th by code): old, running and new ones. */
async function sampleProjectIds(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `select id from (select id, row_number() over (order by code) as n, count(*) over () as total from projects) x
       where n % greatest(1, total / 500) = 0 order by n limit 500`,
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

export async function runProjects(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const ids = await sampleProjectIds(options.databaseUrl);
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.postgres);
  try {
    const cookie = await signIn(server.url);
    const rows: ResultRow[] = [];
    const pagePaths = ids.map((id) => `/api/projects/${id}`);
    await getOk(`${server.url}${pagePaths[0]}`, cookie);
    const page = await load({ url: server.url, cookie, paths: pagePaths, durationSeconds: options.duration });
    rows.push({
      name: "GET /api/projects/:id ×10",
      ...page,
      target: "p95 ≤ 30 ms",
      met: page.p95 <= 30 && page.non2xx === 0 && page.errors === 0,
      note: page.non2xx || page.errors ? `${page.non2xx} non-2xx, ${page.errors} errors` : undefined,
    });
    const listPaths = LIST_QUERIES.map((q) => `/api/projects${q}`);
    await getOk(`${server.url}${listPaths[0]}`, cookie);
    const list = await load({ url: server.url, cookie, paths: listPaths, durationSeconds: options.duration });
    rows.push({
      name: "GET /api/projects?… ×10",
      ...list,
      target: "(no target; p95 ≤ 100 ms like search)",
      met: list.p95 <= 100 && list.non2xx === 0 && list.errors === 0,
      note: list.non2xx || list.errors ? `${list.non2xx} non-2xx, ${list.errors} errors` : undefined,
    });
    return {
      rows,
      setup: { database: "postgres", connections: 10, duration: options.duration, projectIds: ids.length },
    };
  } finally {
    await server.stop();
  }
}

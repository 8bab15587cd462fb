/**
 * Where the time goes: runs the services behind the benchmarked endpoints once per sample input
 * against PostgreSQL, with a drizzle logger that captures every statement, then EXPLAIN ANALYZE
 * of each statement (its parameters bound). One row per statement kind: the slowest execution
 * time seen; the plans go to results/raw/explain-*.txt.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { projectListQuery } from "../../src/domain/project";
import { searchQuery } from "../../src/domain/search";
import type { Db } from "../../src/server/db/client";
import * as schema from "../../src/server/db/schema";
import type { Actor } from "../../src/server/policies/actor";
import { searchProjects } from "../../src/server/services/portfolio/search/searchProjects";
import { listProjects } from "../../src/server/services/projects/listProjects";
import { loadProject } from "../../src/server/services/projects/loadProject";
import { BENCH_FUND_MANAGER_EMAIL } from "../generator/people";
import type { ResultRow } from "../lib/results";
import { writeRaw } from "../lib/results";
import type { SuiteOptions } from "./context";
import { LIST_QUERIES, SEARCH_FACETS, SEARCH_WORDS } from "./inputs";

interface Captured {
  query: string;
  params: unknown[];
}

function queryObject(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = out[key];
    out[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return out;
}

export async function runExplain(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  let captured: Captured[] = [];
  const db = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (query, params) => captured.push({ query, params }) },
  }) as unknown as Db;
  const client = await pool.connect();
  try {
    const { rows: users } = await client.query<{ id: string; role: Actor["role"]; region: string | null }>(
      "select id, role, region_code as region from users where email = $1",
      [BENCH_FUND_MANAGER_EMAIL],
    );
    const actor = users[0] as Actor;
    const { rows: ids } = await client.query<{ id: string }>(
      "select id from projects order by code offset (select count(*) / 2 from projects) limit 3",
    );
    const cases: { label: string; run: () => Promise<unknown> }[] = [
      ...SEARCH_WORDS.slice(0, 12).map((word, i) => ({
        label: `search q=${word}${i % 2 ? ` & ${SEARCH_FACETS[i % SEARCH_FACETS.length]}` : ""}`,
        run: () =>
          searchProjects(
            db,
            actor,
            searchQuery.parse(
              queryObject(
                `q=${encodeURIComponent(word)}${i % 2 ? `&${SEARCH_FACETS[i % SEARCH_FACETS.length]}` : ""}`,
              ),
            ),
          ),
      })),
      { label: "search (no words)", run: () => searchProjects(db, actor, searchQuery.parse({})) },
      ...LIST_QUERIES.map((q) => ({
        label: `list ${q || "(no filter)"}`,
        run: () => listProjects(db, actor, projectListQuery.parse(queryObject(q.replace(/^\?/, "")))),
      })),
      ...ids.map((row, i) => ({ label: `project page #${i + 1}`, run: () => loadProject(db, row.id) })),
    ];
    const slowest = new Map<string, { ms: number; label: string; plan: string }>();
    for (const c of cases) {
      captured = [];
      try {
        await c.run();
      } catch (error) {
        slowest.set(`${c.label}: failed`, { ms: Number.NaN, label: c.label, plan: (error as Error).message });
        continue;
      }
      for (const [index, statement] of captured.entries()) {
        const explained = await client.query(
          `explain (analyze, buffers) ${statement.query}`,
          statement.params,
        );
        const plan = explained.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
        const kind = `${c.label.split(" ")[0]} statement ${index + 1}: ${statement.query.replace(/\s+/g, " ").slice(0, 70)}`;
        const known = slowest.get(kind);
        if (!known || ms > known.ms)
          slowest.set(kind, {
            ms,
            label: c.label,
            plan: `${statement.query}\n${JSON.stringify(statement.params)}\n\n${plan}`,
          });
      }
    }
    const rows: ResultRow[] = [];
    let n = 0;
    for (const [kind, found] of [...slowest.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
      n++;
      const file = `explain-${String(n).padStart(2, "0")}.txt`;
      writeRaw(file, `${found.label}\n\n${found.plan}\n`);
      rows.push({
        name: kind,
        value: Math.round(found.ms * 10) / 10,
        unit: "ms",
        note: `slowest on "${found.label}" (raw/${file})`,
      });
    }
    return { rows, setup: { database: "postgres", cases: cases.length } };
  } finally {
    client.release();
    await pool.end();
  }
}

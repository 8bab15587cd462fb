/**
 * npm run bench [-- --suite search,dashboard,projects,export,pglite,web] [--database-url URL]
 *   [--data-dir DIR] [--duration 10]
 *
 * Runs the benchmarks against servers it starts on loopback (`node bin/prima.js serve`), prints one
 * table per suite and writes bench/results/<suite>.json; see bench/README.md.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { staleMigrations } from "./lib/migrations";
import { writeSuite, writeSummary } from "./lib/results";
import type { SuiteOptions } from "./suites/context";
import { runDashboard } from "./suites/dashboard";
import { runExplain } from "./suites/explain";
import { runExport } from "./suites/exportXlsx";
import { runPglite } from "./suites/pglite";
import { runProjects } from "./suites/projects";
import { runSearch } from "./suites/search";
import { runWeb } from "./suites/web";

const SUITES = {
  search: runSearch,
  dashboard: runDashboard,
  projects: runProjects,
  export: runExport,
  pglite: runPglite,
  web: runWeb,
  explain: runExplain,
} as const;
type SuiteName = keyof typeof SUITES;

async function main() {
  const { values } = parseArgs({
    options: {
      suite: { type: "string", default: Object.keys(SUITES).join(",") },
      "database-url": {
        type: "string",
        default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/h5_bench100k",
      },
      "data-dir": { type: "string", default: process.env.BENCH_DATA_DIR ?? "/tmp/h5-pglite10k" },
      duration: { type: "string", default: "10" },
      "web-dist": { type: "string", default: process.env.BENCH_WEB_DIST ?? "/tmp/h5-dist" },
      "port-base": { type: "string", default: "3105" },
    },
  });
  const names = (values.suite as string).split(",").map((s) => s.trim()) as SuiteName[];
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0)
    throw new Error(`Unknown suite ${unknown.join(", ")}; known: ${Object.keys(SUITES).join(", ")}`);
  const base = Number(values["port-base"]);
  const options: SuiteOptions = {
    databaseUrl: values["database-url"] as string,
    pgliteDataDir: values["data-dir"] as string,
    duration: Number(values.duration),
    webDist: values["web-dist"] as string,
    ports: { postgres: base, pglite: base + 1, export: base + 2, web: base + 3 },
  };
  const stale = await staleMigrations(options.databaseUrl);
  if (stale.length > 0) {
    console.warn(
      `WARNING: ${options.databaseUrl} ran older versions of ${stale.join(", ")}: its indexes and triggers are not today's. Regenerate it (npm run bench:data).`,
    );
  }
  let failed = false;
  for (const name of names) {
    try {
      const loadBefore = loadavg()[0]?.toFixed(1);
      const { rows, setup } = await SUITES[name](options);
      // Two cores shared with others: the load says how much to trust the figures.
      const loadAverage = `${loadBefore} before, ${loadavg()[0]?.toFixed(1)} after`;
      writeSuite({ suite: name, at: new Date().toISOString(), setup: { ...setup, loadAverage }, rows });
    } catch (error) {
      failed = true;
      console.error(`\n${name}: ${(error as Error).message}`);
    }
  }
  writeSummary();
  if (failed) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});

/**
 * npm run bench [-- --suite search,dashboard,projects,export,pglite,web,burst] [--database-url URL]
 *   [--data-dir DIR] [--duration 10]
 *   [--burst-duration 60] [--burst-databases pglite,postgres] [--burst-endpoints search,dashboard]
 *   [--burst-concurrency default,0] [--burst-clients polite|autocannon]
 *
 * Runs the benchmarks against servers it starts on loopback (`node bin/prima.js serve`), prints one
 * table per suite and writes bench/results/<suite>.json; see bench/README.md.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { staleMigrations } from "./lib/migrations";
import { writeSuite, writeSummary } from "./lib/results";
import { runBurst } from "./suites/burst";
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
  burst: runBurst,
} as const;
type SuiteName = keyof typeof SUITES;

const list = (value: string | boolean | undefined) =>
  String(value)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

async function main() {
  const { values } = parseArgs({
    options: {
      // The overload suite takes ten minutes of bursts: only when asked for.
      suite: {
        type: "string",
        default: Object.keys(SUITES)
          .filter((name) => name !== "burst")
          .join(","),
      },
      "database-url": {
        type: "string",
        default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/h5_bench100k",
      },
      "data-dir": { type: "string", default: process.env.BENCH_DATA_DIR ?? "/tmp/h5-pglite10k" },
      duration: { type: "string", default: "10" },
      "burst-duration": { type: "string", default: "60" },
      "burst-databases": { type: "string", default: "pglite,postgres" },
      "burst-endpoints": { type: "string", default: "search,dashboard" },
      "burst-concurrency": { type: "string", default: "default,0" },
      "burst-clients": { type: "string", default: "polite" },
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
    burst: {
      duration: Number(values["burst-duration"]),
      databases: list(values["burst-databases"]),
      endpoints: list(values["burst-endpoints"]),
      concurrency: list(values["burst-concurrency"]),
      clients: values["burst-clients"] === "autocannon" ? "autocannon" : "polite",
    },
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

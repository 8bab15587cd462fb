/**
 * npm run bench [-- --suite search,dashboard,projects,export,pglite,web,burst] [--database-url URL]
 *   [--data-dir DIR] [--duration 10]
 *   [--burst-duration 60] [--burst-databases pglite,postgres] [--burst-endpoints search,dashboard]
 *   [--burst-concurrency default,0] [--burst-clients polite|autocannon]
 *   [--suite mixed|writecost] [--clients 50] [--warmup 10] [--read-url URL]
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
import { runMixed, runWriteCost } from "./suites/mixed";
import { runPglite } from "./suites/pglite";
import { runProjects } from "./suites/projects";
import { runSearch } from "./suites/search";
import { runWeb } from "./suites/web";

/** Suites left out of a plain `npm run bench`. */
const ON_REQUEST: readonly string[] = ["burst", "mixed", "writecost"];

const SUITES = {
  search: runSearch,
  dashboard: runDashboard,
  projects: runProjects,
  export: runExport,
  pglite: runPglite,
  web: runWeb,
  explain: runExplain,
  burst: runBurst,
  mixed: runMixed,
  writecost: runWriteCost,
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
      // The overload suite takes ten minutes of bursts and the mixed ones write: only when asked for.
      suite: {
        type: "string",
        default: Object.keys(SUITES)
          .filter((name) => !ON_REQUEST.includes(name))
          .join(","),
      },
      "database-url": {
        type: "string",
        default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/h5_bench100k",
      },
      "data-dir": { type: "string" },
      // Per endpoint for most suites; the mixed suites default to 60 s measured.
      duration: { type: "string" },
      clients: { type: "string", default: "50" },
      warmup: { type: "string", default: "10" },
      "read-url": { type: "string", default: process.env.BENCH_READ_URL },
      "burst-duration": { type: "string", default: "60" },
      "burst-databases": { type: "string", default: "pglite,postgres" },
      "burst-endpoints": { type: "string", default: "search,dashboard" },
      "burst-concurrency": { type: "string", default: "default,0" },
      "burst-clients": { type: "string", default: "polite" },
      "web-dist": { type: "string", default: process.env.BENCH_WEB_DIST ?? "/tmp/h5-dist" },
      "port-base": { type: "string", default: "3105" },
    },
  });
  const explicitDatabaseUrl = process.argv.some((arg) => arg.startsWith("--database-url"));
  const names = (values.suite as string).split(",").map((s) => s.trim()) as SuiteName[];
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0)
    throw new Error(`Unknown suite ${unknown.join(", ")}; known: ${Object.keys(SUITES).join(", ")}`);
  const base = Number(values["port-base"]);
  const options: SuiteOptions = {
    databaseUrl: values["database-url"] as string,
    pgliteDataDir: values["data-dir"] ?? process.env.BENCH_DATA_DIR ?? "/tmp/h5-pglite10k",
    duration: Number(values.duration ?? 10),
    mixed: {
      clients: Number(values.clients),
      duration: Number(values.duration ?? 60),
      warmup: Number(values.warmup),
      // Given a data directory and no database URL, the mixed suites run on PGlite.
      database: values["data-dir"] && !explicitDatabaseUrl ? "pglite" : "postgres",
      readUrl: values["read-url"],
    },
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

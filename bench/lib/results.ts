/**
 * Benchmark results: one row per measured thing, printed as a table and written to
 * bench/results/<suite>.json (small, kept in git) — bigger outputs such as query plans go to
 * bench/results/raw/ (ignored).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const RESULTS_DIR = fileURLToPath(new URL("../results", import.meta.url));
export const RAW_DIR = `${RESULTS_DIR}/raw`;

export interface ResultRow {
  name: string;
  /** Milliseconds unless the target says otherwise. */
  p50?: number;
  p95?: number;
  p99?: number;
  reqPerSec?: number;
  requests?: number;
  /** A figure that is not a latency (seconds, MB, KB). */
  value?: number;
  unit?: string;
  target?: string;
  met?: boolean;
  note?: string;
}

export interface SuiteResult {
  suite: string;
  at: string;
  setup: Record<string, unknown>;
  rows: ResultRow[];
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "" : String(n));

export function printRows(title: string, rows: readonly ResultRow[]) {
  const header = ["measure", "p50", "p95", "p99", "req/s", "value", "target", "met", "note"];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.p50),
    fmt(r.p95),
    fmt(r.p99),
    fmt(r.reqPerSec),
    r.value === undefined ? "" : `${r.value} ${r.unit ?? ""}`.trim(),
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "yes" : "NO",
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(line(l));
}

export function writeSuite(result: SuiteResult) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${result.suite}.json`, `${JSON.stringify(result, null, 2)}\n`);
  printRows(`${result.suite} (${JSON.stringify(result.setup)})`, result.rows);
}

export function writeRaw(name: string, text: string) {
  mkdirSync(RAW_DIR, { recursive: true });
  writeFileSync(`${RAW_DIR}/${name}`, text);
}

/** Every suite's rows that have a target, from the latest results of each: results/summary.json. */
export function writeSummary() {
  const suites = readdirSync(RESULTS_DIR)
    .filter((file) => file.endsWith(".json") && file !== "summary.json")
    .map((file) => JSON.parse(readFileSync(`${RESULTS_DIR}/${file}`, "utf8")) as SuiteResult);
  const rows = suites.flatMap((suite) =>
    suite.rows.filter((row) => row.target).map((row) => ({ ...row, name: `${suite.suite}: ${row.name}` })),
  );
  const summary = {
    at: new Date().toISOString(),
    suites: Object.fromEntries(suites.map((s) => [s.suite, { at: s.at, ...s.setup }])),
    rows,
  };
  writeFileSync(`${RESULTS_DIR}/summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
  printRows("summary (latest run of each suite)", rows);
}

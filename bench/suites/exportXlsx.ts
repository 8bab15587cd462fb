/**
 * The Excel export of the whole portfolio, on a freshly started server (so its peak memory is the
 * export's): wall time of the download and the server's peak RSS (VmHWM) afterwards.
 */
import type { ResultRow } from "../lib/results";
import { signIn, startServer } from "../lib/server";
import type { SuiteOptions } from "./context";

export async function runExport(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const server = await startServer({ databaseUrl: options.databaseUrl }, options.ports.export);
  try {
    const cookie = await signIn(server.url);
    const idleMb = server.peakRssMb();
    const started = performance.now();
    const response = await fetch(`${server.url}/api/projects/export?format=xlsx`, { headers: { cookie } });
    let bytes = 0;
    let firstByteMs = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.value.byteLength;
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const peakMb = server.peakRssMb();
    const ok = response.ok && (response.headers.get("content-type") ?? "").includes("spreadsheetml");
    const note = ok
      ? `${(bytes / 1e6).toFixed(1)} MB file, first byte after ${Math.round(firstByteMs)} ms`
      : `answered ${response.status} ${response.headers.get("content-type")}`;
    const rows: ResultRow[] = [
      {
        name: "GET /api/projects/export?format=xlsx (all projects): wall time",
        value: seconds,
        unit: "s",
        target: "≤ 30 s",
        met: ok && seconds <= 30,
        note,
      },
      {
        name: "… server peak RSS (VmHWM) after the export",
        value: peakMb,
        unit: "MB",
        target: "≤ 500 MB",
        met: ok && peakMb <= 500,
        note: `${idleMb} MB after start and sign-in`,
      },
    ];
    // The same projects as CSV: what reading them costs without the workbook around them.
    const csvStarted = performance.now();
    const csv = await fetch(`${server.url}/api/projects/export?format=csv`, { headers: { cookie } });
    const csvBytes = (await csv.arrayBuffer()).byteLength;
    rows.push({
      name: "GET /api/projects/export?format=csv (all projects): wall time, for comparison",
      value: Math.round((performance.now() - csvStarted) / 100) / 10,
      unit: "s",
      note: csv.ok ? `${(csvBytes / 1e6).toFixed(1)} MB` : `answered ${csv.status}`,
    });
    return { rows, setup: { database: "postgres" } };
  } finally {
    await server.stop();
  }
}

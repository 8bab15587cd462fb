/**
 * The embedded default: PGlite with 10,000 generated projects (generated into the data directory
 * first when it holds none), search and every dashboard chart under 10 connections.
 */
import { existsSync } from "node:fs";
import { openDatabase } from "../../src/server/db/client";
import { prepareDatabase } from "../../src/server/start";
import { generatePortfolio } from "../generator/portfolio";
import type { ResultRow } from "../lib/results";
import { signIn, startServer } from "../lib/server";
import type { SuiteOptions } from "./context";
import { dashboardLoad } from "./dashboard";
import { searchLoad } from "./search";

export const PGLITE_PROJECTS = 10_000;

async function ensureGenerated(dataDir: string): Promise<number | null> {
  if (existsSync(`${dataDir}/pglite/PG_VERSION`)) return null;
  const database = await openDatabase({ kind: "pglite", dataDir: `${dataDir}/pglite` });
  try {
    await prepareDatabase(database, { demo: false });
    const summary = await generatePortfolio(database, { projects: PGLITE_PROJECTS, seed: 42 });
    return Math.round(summary.seconds);
  } finally {
    await database.close();
  }
}

export async function runPglite(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const generatedIn = await ensureGenerated(options.pgliteDataDir);
  const server = await startServer({ dataDir: options.pgliteDataDir }, options.ports.pglite);
  try {
    const cookie = await signIn(server.url);
    const rows = [
      ...(await searchLoad(server, cookie, options.duration, 150)),
      ...(await dashboardLoad(server, cookie, options.duration, 150)),
    ].map((row) => ({ ...row, name: `PGlite ${row.name}` }));
    return {
      rows,
      setup: {
        database: "pglite",
        projects: PGLITE_PROJECTS,
        dataDir: options.pgliteDataDir,
        connections: 10,
        duration: options.duration,
        ...(generatedIn === null ? {} : { generatedInSeconds: generatedIn }),
      },
    };
  } finally {
    await server.stop();
  }
}

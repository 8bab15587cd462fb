/**
 * npm run bench:data -- --projects 100000 (--database-url postgres://… | --data-dir DIR) [--seed 42]
 *
 * Migrates the target database (no demo) and fills it with a deterministic generated portfolio;
 * prints the rows per table and the time taken. The database must hold no projects yet.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../src/server/db/client";
import { prepareDatabase } from "../src/server/start";
import { BENCH_FUND_MANAGER_EMAIL, BENCH_PASSWORD } from "./generator/people";
import { generatePortfolio } from "./generator/portfolio";

const USAGE =
  "usage: npm run bench:data -- --projects N (--database-url postgres://… | --data-dir DIR) [--seed 42] [--chunk 2000]";

async function main() {
  const { values } = parseArgs({
    options: {
      projects: { type: "string", default: "100000" },
      "database-url": { type: "string" },
      "data-dir": { type: "string" },
      seed: { type: "string", default: "42" },
      chunk: { type: "string", default: "2000" },
    },
  });
  const projects = Number(values.projects);
  const seed = Number(values.seed);
  const chunkSize = Number(values.chunk);
  const url = values["database-url"];
  const dataDir = values["data-dir"];
  if (
    !Number.isInteger(projects) ||
    projects < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(chunkSize)
  ) {
    throw new Error(USAGE);
  }
  if (Boolean(url) === Boolean(dataDir)) throw new Error(`Give --database-url or --data-dir.\n${USAGE}`);
  // --data-dir is the server's DATA_DIR: the embedded database lives in its pglite folder.
  const database = url
    ? await openDatabase({ kind: "postgres", url })
    : await openDatabase({ kind: "pglite", dataDir: `${dataDir}/pglite` });
  try {
    const migrating = performance.now();
    await prepareDatabase(database, { demo: false });
    console.log(`migrated in ${((performance.now() - migrating) / 1000).toFixed(1)} s`);
    const summary = await generatePortfolio(database, {
      projects,
      seed,
      chunkSize,
      log: (line) => console.log(line),
    });
    console.log(`\n${"table".padEnd(32)}${"rows".padStart(12)}`);
    let total = 0;
    for (const [table, rows] of summary.rows) {
      total += rows;
      console.log(`${table.padEnd(32)}${rows.toLocaleString("en").padStart(12)}`);
    }
    console.log(`${"total".padEnd(32)}${total.toLocaleString("en").padStart(12)}`);
    console.log(
      `\n${projects.toLocaleString("en")} projects (seed ${seed}) in ${summary.seconds.toFixed(1)} s`,
    );
    console.log(`sign in as ${BENCH_FUND_MANAGER_EMAIL} / ${BENCH_PASSWORD}`);
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  // A failed query's message carries its parameters (megabytes of rows here): print the cause.
  const cause = error.cause instanceof Error ? error.cause : null;
  console.error(cause ? `${error.message.split("\n")[0]?.slice(0, 300)}…\n${cause.message}` : error.message);
  process.exitCode = 1;
});

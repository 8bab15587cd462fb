/**
 * The benchmark data generator (bench/generator) is deterministic: the same seed writes the same
 * rows, down to ids, timestamps and search documents; another seed writes another portfolio.
 */
import { getTableName, type SQL, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { generatePortfolio } from "../../../../bench/generator/portfolio";
import { TABLES } from "../../../../bench/generator/rows";
import { sqlRows } from "../../../../test/sqlRows";
import { prepareDatabase } from "../../start";
import { type Database, openDatabase } from "../client";

const opened: Database[] = [];

function rowsOf<T>(database: Database, query: SQL): Promise<T[]> {
  return sqlRows<T>(database.db, query);
}

/** Per table: its row count and a digest of all its rows in a stable order. */
async function generatedRows(seed: number, chunkSize: number): Promise<Record<string, string>> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  opened.push(database);
  await prepareDatabase(database, { demo: false });
  await generatePortfolio(database, { projects: 200, seed, chunkSize });
  const digests: Record<string, string> = {};
  const tables = ["users", ...Object.values(TABLES).map((table) => getTableName(table))];
  for (const table of tables) {
    const [row] = await rowsOf<{ n: number; digest: string }>(
      database,
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(table)} t`,
    );
    digests[table] = `${row?.n} ${row?.digest}`;
  }
  const [search] = await rowsOf<{ digest: string }>(
    database,
    sql`select md5(string_agg(project_id::text || document::text, '|' order by project_id)) as digest from project_search`,
  );
  digests.project_search = search?.digest ?? "";
  return digests;
}

describe("the benchmark data generator", () => {
  afterAll(async () => {
    for (const database of opened) await database.close();
  });

  it("writes identical rows for the same seed, in chunks of any size, and other rows for another seed", async () => {
    const first = await generatedRows(42, 64);
    const again = await generatedRows(42, 200);
    expect(first.projects?.startsWith("200 ")).toBe(true);
    expect(Number(first.reports?.split(" ")[0])).toBeGreaterThan(200);
    expect(again).toEqual(first);
    const other = await generatedRows(7, 200);
    expect(other.projects).not.toEqual(first.projects);
  });
});

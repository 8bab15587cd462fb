/**
 * A cheap fingerprint of everything the database holds: one md5 per table of the public schema
 * over its rows as text, in a fixed order. Two equal fingerprints mean no row was added, removed
 * or changed in between (sequences are not tables: a refused insert may still use up a number).
 */
import { sql } from "drizzle-orm";
import { sqlRows } from "./sqlRows";
import type { TestApp } from "./testApp";

export type Fingerprint = Record<string, string>;

export async function databaseFingerprint(test: TestApp, except: string[] = []): Promise<Fingerprint> {
  const db = test.database.db;
  const tables = await sqlRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const names = tables.map((row) => row.table_name).filter((name) => !except.includes(name));
  const perTable = names.map(
    (name) =>
      `select '${name}' as name, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as hash from "${name}" t`,
  );
  const hashes = await sqlRows<{ name: string; hash: string }>(db, sql.raw(perTable.join(" union all ")));
  return Object.fromEntries(hashes.map((row) => [row.name, row.hash]));
}

/** The tables whose contents differ between two fingerprints (empty: nothing was written). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

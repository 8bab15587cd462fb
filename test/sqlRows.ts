/** Hand-written SQL in tests, its rows typed as the app types its own raw SQL (db/rows.ts). */
import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "../src/server/db/client";
import { rowsOf } from "../src/server/db/rows";

/** The rows of a hand-written query, typed by the caller as the app's raw SQL is (db/rows.ts). */
export async function sqlRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return (await rowsOf<T>(db.execute(query))).rows;
}

/**
 * Raw SQL (`db.execute`) for the queries the query builder cannot write: CTEs, window functions,
 * full-text search. Drizzle leaves such answers untyped; node-postgres and PGlite both answer
 * with `{ rows }`, which is all PRIMA reads, so the answer is checked and typed here once.
 */

export interface RawRows<Row> {
  rows: Row[];
}

/**
 * The answer of raw SQL with its rows typed as `Row`: the query's select list is the promise that
 * they have that shape (column aliases name the properties; count() and sums may come as strings).
 * An answer without rows is a driver PRIMA does not know, said at once rather than read as empty.
 */
export async function rowsOf<Row>(answer: Promise<unknown>): Promise<RawRows<Row>> {
  const result = await answer;
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) {
    return { rows: result.rows as Row[] };
  }
  throw new Error("The database driver answered raw SQL without rows");
}

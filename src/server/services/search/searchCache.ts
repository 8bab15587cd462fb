/**
 * Answers of the search engine, kept by each server while the search documents stay the same.
 *
 * Counting facets over every project the words find is the search's dearest part (the whole
 * portfolio when there are no words), and the same few searches come again and again (the home
 * page's, a facet ticked and unticked). The database moves a sequence on whenever a search
 * document changes (migration 0007, at commit), and an answer is reused only while that number
 * stays the same, so a change made through any server, script or bulk load is seen at the next
 * search. Entries are also dropped after a minute: a search that read the new number just before
 * the change it announces became visible cannot keep its answer longer than that.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";

const MAX_ENTRIES = 500;
const MAX_AGE_MS = 60_000;

interface Entry {
  generation: string;
  storedAt: number;
  answer: Promise<unknown>;
}

/** One cache per database (tests open several in one process). */
const caches = new WeakMap<object, Map<string, Entry>>();

export async function searchGeneration(db: DbOrTx): Promise<string> {
  const result = await rowsOf<{ generation: string }>(
    db.execute(sql`select last_value::text as generation from project_search_generation`),
  );
  return result.rows[0]?.generation ?? "0";
}

/**
 * The answer stored under this key for the current generation, or compute's (stored). Searches
 * arriving together for the same key share one computation.
 */
export async function cachedAnswer<T>(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const generation = await searchGeneration(db);
  const now = Date.now();
  const entry = cache.get(key);
  if (entry && entry.generation === generation && now - entry.storedAt < MAX_AGE_MS) {
    // Most recently used last: Map keeps insertion order, so the oldest is evicted first.
    cache.delete(key);
    cache.set(key, entry);
    return entry.answer as Promise<T>;
  }
  const answer = compute();
  const fresh: Entry = { generation, storedAt: now, answer };
  cache.set(key, fresh);
  answer.catch(() => {
    if (cache.get(key) === fresh) cache.delete(key);
  });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return answer;
}

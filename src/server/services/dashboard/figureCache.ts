/**
 * A short-lived in-process cache of figure tables, because aggregating 100,000 projects takes
 * hundreds of milliseconds while ten people opening the dashboard ask for the same numbers.
 *
 * Why it cannot show one user another's numbers: the key is the statement itself with its
 * values — the read scope (all, or one region), the filters and today's date are all in it — so
 * two requests share an entry only when they run the very same SQL.
 *
 * Why it does not show old numbers: each entry remembers the database's change counter
 * (`portfolio_changes`, moved by a trigger on every table the figures read, migration 0008) as it
 * was before the query ran, and is used only while the counter has not moved; reading the counter
 * is one tiny query per request, so this holds across several servers too. The counter moves
 * when a statement runs, before its transaction commits: a request that read it in those few
 * milliseconds could keep figures without that change, which is why entries also expire after
 * `ttlMs` (30 s): an older entry is served once more while one query refreshes it, so that is
 * about the worst a figure can lag. Concurrent misses for one key share one query.
 */
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { FigureTable } from "../../../domain/figures";
import type { DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { FigureQuery } from "./figureSql";

interface Entry {
  stamp: string;
  at: number;
  tables: Promise<FigureTable[]>;
  refreshing: boolean;
}

const dialect = new PgDialect();

export class FigureCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 500,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(db: DbOrTx, query: FigureQuery, load: () => Promise<FigureTable[]>): Promise<FigureTable[]> {
    const { sql: text, params } = dialect.sqlToQuery(query.sql);
    const key = `${text}\u0000${JSON.stringify(params)}`;
    const stamp = await changeStamp(db);
    if (stamp === null) return load();
    const now = this.clock();
    const cached = this.entries.get(key);
    if (cached && cached.stamp === stamp) {
      // Most recently used last, so the oldest entry is the one evicted.
      this.entries.delete(key);
      this.entries.set(key, cached);
      if (now - cached.at >= this.ttlMs && !cached.refreshing) this.refresh(key, cached, stamp, load);
      return cached.tables;
    }
    const entry: Entry = { stamp, at: now, tables: load(), refreshing: false };
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    try {
      return await entry.tables;
    } catch (error) {
      // A failed query is not remembered.
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  /**
   * An old entry whose counter has not moved is served while one query refreshes it: the expiry
   * only guards against the pre-commit race, and a request should not wait for it (on the
   * embedded database, one slow query holds up every request).
   */
  private refresh(key: string, cached: Entry, stamp: string, load: () => Promise<FigureTable[]>): void {
    cached.refreshing = true;
    const at = this.clock();
    load().then(
      (tables) => {
        if (this.entries.get(key) === cached) {
          this.entries.set(key, { stamp, at, tables: Promise.resolve(tables), refreshing: false });
        }
      },
      () => {
        cached.refreshing = false;
      },
    );
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The change counter, or null without one (a database that took migration 0008 while it was
 * still empty): then nothing is cached, which is slower but never wrong. A database that is down
 * fails the figure query itself right after, with its own error.
 */
async function changeStamp(db: DbOrTx): Promise<string | null> {
  try {
    const result = await rowsOf<{ stamp: string }>(
      db.execute(sql`select last_value::text || ':' || is_called::text as stamp from portfolio_changes`),
    );
    return result.rows[0]?.stamp ?? null;
  } catch {
    return null;
  }
}

/** One cache per database (tests run several apps in one process). */
const caches = new WeakMap<object, FigureCache>();

export function figureCacheFor(db: DbOrTx): FigureCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new FigureCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * The one in-process cache of answers read from the portfolio: dashboard and analysis figures,
 * search answers and the home page's headline figures. Aggregating 100,000 projects takes tens to
 * hundreds of milliseconds while many people ask for the same numbers.
 *
 * Why it cannot show one user another's numbers: each caller keys its answers by everything that
 * shapes them — the statement with its values, or the read scope, the filters and today's date —
 * so two requests share an entry only when they would run the very same queries.
 *
 * Why it does not show old numbers: each entry remembers the database's change counter
 * (`portfolio_changes`, a sequence moved by a statement trigger on every table these answers read:
 * migrations 0008 and 0009) as it was before the answer was computed, and is used only while the
 * counter has not moved. Reading it is one tiny query per request, so a change made through any
 * server, script or bulk load shows on the next request everywhere. The counter moves when a
 * statement runs, before its transaction commits: a request that read it in those few
 * milliseconds could keep an answer without that change, which is why entries also expire after
 * `ttlMs` (30 s): an older entry is served once more while one computation refreshes it, so that is
 * about the worst an answer can lag. Concurrent misses for one key share one computation.
 *
 * On a read replica (db/readReplica.ts) the counter is read from the primary, with the primary's WAL
 * position, and an answer computed on the replica is kept only if the replica had already
 * replayed that position: then it holds every change the counter counts, as the primary would.
 * Otherwise the answer is served without being kept. The replica's own counter cannot be used:
 * PostgreSQL logs a sequence 32 values ahead, so on a standby it moves once per 32 changes and
 * an answer missing 31 of them would be kept under a counter that has not moved. Replica and
 * primary reads share the primary's entries, as they stand for the same data.
 *
 * Bounds: at most `maxEntries` answers, and about `maxChars` characters of them (measured as JSON
 * once computed); the least recently used go first.
 */
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/client";
import { type ReadReplica, replicaOf, walPosition } from "../db/readReplica";
import { rowsOf } from "../db/rows";

interface Entry {
  stamp: string;
  at: number;
  answer: Promise<unknown>;
  /** The answer's size in characters of JSON, once it is known. */
  chars: number;
  refreshing: boolean;
}

export interface PortfolioCacheLimits {
  ttlMs: number;
  maxEntries: number;
  maxChars: number;
}

const DEFAULT_LIMITS: PortfolioCacheLimits = { ttlMs: 30_000, maxEntries: 1000, maxChars: 32_000_000 };

const dialect = new PgDialect();

/** A statement with its values, as a key: two keys are equal only for the very same query. */
export function statementKey(statement: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return `${text}\u0000${JSON.stringify(params)}`;
}

export class PortfolioCache {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private readonly limits: PortfolioCacheLimits;

  constructor(
    limits: Partial<PortfolioCacheLimits> = {},
    private readonly clock: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /**
   * The answer kept under this key while the counter stands, or load's (kept). A key names one
   * kind of answer: callers prefix their keys, so that a key is never read back as another type.
   */
  async get<T>(db: DbOrTx, key: string, load: () => Promise<T>, replica?: ReadReplica): Promise<T> {
    const counted = await changeStamp(replica ? replica.primary : db, replica !== undefined);
    if (counted === null) return load();
    const { stamp, position } = counted;
    // On a replica, whether load sees every change the counter counts. Asked only when an answer
    // would be kept: the request itself already waited for its user's own writes.
    if (replica) {
      const kept = this.entries.get(key);
      const keeping = !kept || kept.stamp !== stamp || this.clock() - kept.at >= this.limits.ttlMs;
      const current =
        !keeping ||
        (position !== null && ["replayed", "waited"].includes(await replica.replayedPast(position, 0)));
      if (!current) {
        if (kept && kept.stamp === stamp) return kept.answer as Promise<T>;
        return load();
      }
    }
    const now = this.clock();
    const kept = this.entries.get(key);
    if (kept && kept.stamp === stamp) {
      // Most recently used last, so the oldest entry is the one evicted.
      this.entries.delete(key);
      this.entries.set(key, kept);
      if (now - kept.at >= this.limits.ttlMs && !kept.refreshing) this.refresh(key, kept, load);
      return kept.answer as Promise<T>;
    }
    if (kept) this.remove(key);
    const entry: Entry = { stamp, at: now, answer: load(), chars: 0, refreshing: false };
    this.entries.set(key, entry);
    this.evict();
    try {
      const answer = await (entry.answer as Promise<T>);
      this.measure(key, entry, answer);
      return answer;
    } catch (error) {
      // A failed computation is not remembered.
      if (this.entries.get(key) === entry) this.remove(key);
      throw error;
    }
  }

  /**
   * An old entry whose counter has not moved is served while one computation refreshes it: the
   * expiry only guards against the pre-commit race, and a request should not wait for it (on the
   * embedded database, one slow query holds up every request).
   */
  private refresh<T>(key: string, kept: Entry, load: () => Promise<T>): void {
    kept.refreshing = true;
    const at = this.clock();
    load().then(
      (answer) => {
        if (this.entries.get(key) !== kept) return;
        this.remove(key);
        const fresh: Entry = {
          stamp: kept.stamp,
          at,
          answer: Promise.resolve(answer),
          chars: 0,
          refreshing: false,
        };
        this.entries.set(key, fresh);
        this.measure(key, fresh, answer);
      },
      () => {
        kept.refreshing = false;
      },
    );
  }

  private measure(key: string, entry: Entry, answer: unknown): void {
    if (this.entries.get(key) !== entry) return;
    entry.chars = JSON.stringify(answer)?.length ?? 0;
    this.chars += entry.chars;
    this.evict();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.chars -= entry.chars;
    this.entries.delete(key);
  }

  /** The least recently used first, down to the limits (the newest entry always stays). */
  private evict(): void {
    while (
      this.entries.size > 1 &&
      (this.entries.size > this.limits.maxEntries || this.chars > this.limits.maxChars)
    ) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Characters of JSON the kept answers take (what `maxChars` bounds). */
  get keptChars(): number {
    return this.chars;
  }
}

/**
 * The change counter, or null without one (a database that took migration 0008 while it was
 * still empty): then nothing is cached, which is slower but never wrong. A database that is down
 * fails the answer's own query right after, with its own error.
 */
async function changeStamp(
  db: DbOrTx,
  withPosition: boolean,
): Promise<{ stamp: string; position: bigint | null } | null> {
  try {
    const result = await rowsOf<{ stamp: string; position: string | null }>(
      db.execute(
        withPosition
          ? sql`select last_value::text || ':' || is_called::text as stamp, pg_current_wal_lsn()::text as position from portfolio_changes`
          : sql`select last_value::text || ':' || is_called::text as stamp, null as position from portfolio_changes`,
      ),
    );
    const row = result.rows[0];
    return row ? { stamp: row.stamp, position: walPosition(row.position) } : null;
  } catch {
    return null;
  }
}

/** One cache per database (tests run several apps in one process). */
const caches = new WeakMap<object, PortfolioCache>();

export function portfolioCacheFor(db: DbOrTx): PortfolioCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PortfolioCache();
    caches.set(db, cache);
  }
  return cache;
}

/** The answer through this database's cache (see above for why that is safe). */
export function cachedAnswer<T>(db: DbOrTx, key: string, load: () => Promise<T>): Promise<T> {
  const replica = replicaOf(db);
  return replica
    ? portfolioCacheFor(replica.primary).get(db, key, load, replica)
    : portfolioCacheFor(db).get(db, key, load);
}

/**
 * Opens the database: embedded PGlite in a data directory (the default, no server needed),
 * or PostgreSQL through DATABASE_URL. Both speak the same SQL and run the same migrations.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { DataDirInUse, lockDataDir } from "./dataDirLock";
import { databaseFailure } from "./failures";
import { installFigureRollup } from "./rollup/install";
import * as schema from "./schema";
import { createDatabaseStatus, type DatabaseStatus } from "./status";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a use case runs on: the database itself or a transaction already open. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  /**
   * Runs fn while holding an installation-wide lock, so that several servers starting at once
   * migrate and seed one after the other. The lock lives on one dedicated connection.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Whether the database answers; the driver, requests and jobs report to it. */
  status: DatabaseStatus;
  close(): Promise<void>;
}

const STARTUP_LOCK = 4_242_001;

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** The database cannot be reached: a message for the operator, not a stack trace. */
export class DatabaseUnavailable extends Error {}

/** host:port/database, without the password. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

export type DatabaseTarget =
  /** snapshot: a dumped data directory to start from (tests copy one migrated database). */
  { kind: "pglite"; dataDir: string | null; snapshot?: Blob } | { kind: "postgres"; url: string };

function lockOrExplain(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUse) throw new DatabaseUnavailable(error.message);
    throw error;
  }
}

/**
 * A pool that survives the server going away. PostgreSQL ends connections on a restart, a
 * failover, pg_terminate_backend or idle_session_timeout; node-postgres reports that as an
 * 'error' event on the client, and an 'error' event nobody listens to ends the process. So every
 * client and the pool get a listener: the broken client is dropped (the pool does that itself),
 * the failure is recorded once, and the next query opens a new connection. A connection attempt
 * gives up after CONNECT_TIMEOUT_MS, so a request fails with 503 instead of hanging on a server
 * that does not answer.
 */
function openPool(url: string, status: DatabaseStatus, connectTimeoutMs = CONNECT_TIMEOUT_MS): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
  });
  const dropped = (error: Error) => status.failed(databaseFailure(error) ?? "unreachable", error);
  pool.on("error", dropped);
  pool.on("connect", (client) => {
    client.on("error", dropped);
    status.answered();
  });
  return pool;
}

const CONNECT_TIMEOUT_MS = 5_000;

/** PGlite's file system reports errors with Emscripten's numbers, not Node's codes. */
const EMSCRIPTEN_ERRNO: Record<number, string> = {
  2: "permission denied",
  19: "disk quota exceeded",
  51: "no space left on device",
  69: "read-only file system",
};

function fileSystemProblem(error: unknown): string | null {
  if (!error || typeof error !== "object" || (error as { name?: unknown }).name !== "ErrnoError") return null;
  const errno = (error as { errno?: unknown }).errno;
  return typeof errno === "number" ? (EMSCRIPTEN_ERRNO[errno] ?? `file system error ${errno}`) : null;
}

/**
 * Creates the database DATABASE_URL names when the server answers but the database does not
 * exist yet (`prima migrate` on a new installation), through the server's maintenance database
 * with the same credentials. Returns whether it created it; a role without CREATEDB gets
 * PostgreSQL's own message.
 */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) return false;
  const maintenance = new URL(url);
  maintenance.pathname = name === "postgres" ? "/template1" : "/postgres";
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailable(
      `Cannot connect to PostgreSQL at ${describeUrl(url)}: ${(error as Error).message}`,
    );
  }
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    // Another `prima migrate` created it at the same moment.
    if ((error as { code?: string }).code === "42P04") return false;
    throw new DatabaseUnavailable(`Cannot create the database ${name}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * PGlite runs each query on the server's own thread, and the next one starts as soon as the last
 * resolves, without the event loop reading the network in between. Under a burst, queries then
 * follow each other for seconds and the server reads nothing else: no health check, no request
 * it should refuse as overloaded (src/server/http/admission.ts). One turn of the event loop before
 * each query (setImmediate, in call order) lets it read and answer those between two queries.
 */
function yieldBeforeEachQuery(client: PGlite): void {
  const query = client.query.bind(client);
  client.query = (async (...args: Parameters<typeof query>) => {
    await new Promise((resolve) => setImmediate(resolve));
    return query(...args);
  }) as typeof client.query;
}

/** A PostgreSQL standby that only answers reads (src/server/db/readReplica.ts decides which). */
export interface ReadDatabase {
  db: Db;
  status: DatabaseStatus;
  close(): Promise<void>;
}

/**
 * Opens a pool on a read replica without connecting: a replica that is down at start must not
 * stop the server, whose reads then go to the primary until it answers. A replica that does not
 * answer gives up sooner than the primary would, as the primary can answer the read instead.
 */
export function openReadDatabase(url: string, connectTimeoutMs: number): ReadDatabase {
  const status = createDatabaseStatus();
  const pool = openPool(url, status, connectTimeoutMs);
  return { db: drizzlePg({ client: pool, schema }) as unknown as Db, status, close: () => pool.end() };
}

/** dataDir null keeps PGlite in memory (tests). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const status = createDatabaseStatus();
  if (target.kind === "postgres") {
    const pool = openPool(target.url, status);
    // Fail at start with a clear message rather than at the first request.
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end().catch(() => {});
      const missing = (error as { code?: string }).code === "3D000" ? " (`prima migrate` creates it)" : "";
      throw new DatabaseUnavailable(
        `Cannot connect to PostgreSQL at ${describeUrl(target.url)}: ${(error as Error).message}${missing}`,
      );
    }
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: async () => {
        await migratePg(db as never, { migrationsFolder });
        await installFigureRollup(db);
      },
      exclusive: async (fn) => {
        const lockHolder = await pool.connect();
        try {
          await lockHolder.query("select pg_advisory_lock($1)", [STARTUP_LOCK]);
          return await fn();
        } finally {
          await lockHolder.query("select pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => {});
          lockHolder.release();
        }
      },
      status,
      close: () => pool.end(),
    };
  }
  // PGlite creates its own folder but not the parents (DATA_DIR itself on a first run).
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  let unlock = target.dataDir ? lockOrExplain(target.dataDir) : () => {};
  // The search engine needs trigram similarity and accent folding, as on PostgreSQL (contrib).
  const extensions = { pg_trgm, unaccent };
  const options = { extensions, loadDataDir: target.snapshot };
  const client = target.dataDir ? new PGlite(target.dataDir, options) : new PGlite(options);
  try {
    await client.waitReady;
  } catch (error) {
    unlock();
    const problem = fileSystemProblem(error);
    if (problem && target.dataDir) {
      throw new DatabaseUnavailable(`Cannot open the embedded database in ${target.dataDir}: ${problem}`);
    }
    throw error;
  }
  yieldBeforeEachQuery(client);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
      await installFigureRollup(db);
    },
    // One process owns a PGlite data directory (dataDirLock.ts), so there is nobody to exclude.
    exclusive: (fn) => fn(),
    status,
    close: async () => {
      await client.close();
      unlock();
      unlock = () => {};
    },
  };
}

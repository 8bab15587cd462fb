/**
 * Which database answers one of the portfolio's heavy reads (dashboards, analysis, search, the
 * exports, the project list, the home figures) when a PostgreSQL streaming replica is configured
 * (DATABASE_READ_URL): the replica, unless that would hide a change the user made. Every write and
 * every other read stays on the primary.
 *
 * Read-your-writes: after a request of a signed-in user that may have written (any successful
 * request other than GET and HEAD), the primary's WAL position (`pg_current_wal_lsn()`, read after
 * the service's transaction committed) is remembered for that user. A replica read for the user
 * first waits until the replica has replayed that far (`pg_last_wal_replay_lsn()`, polled, at most
 * READ_REPLICA_MAX_WAIT_MS); past the bound, or when the replica does not answer or is not a
 * standby, it reads from the primary. With PostgreSQL's default synchronous_commit the commit
 * record is flushed before the service returns, so the position read afterwards is at or past it.
 *
 * Where the position is kept: in this process's memory per user AND in a cookie (`prima_lsn`,
 * path /api, HttpOnly, ten minutes). The memory covers clients that drop cookies; the cookie covers
 * several PRIMA servers behind a load balancer, where the next read may reach a server that did
 * not see the write. The cookie is not signed because it is not a secret and grants nothing: a
 * forged value only makes its own holder wait (at most the bound) or skip a wait for their own
 * changes. Ten minutes is far beyond any lag a replica worth reading from has; a replica that far
 * behind makes every waiting read fall back to the primary anyway.
 *
 * Users who did not just write read the replica as it is, a few milliseconds behind the primary,
 * as they would had they loaded the page a moment earlier. The figure cache keeps to the primary's
 * change counter for replica reads too (cache/portfolioCache.ts explains why).
 */
import { sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { awayFromLane } from "../http/admission";
import type { Db, DbOrTx, ReadDatabase } from "./client";
import { rootMessage } from "./failures";
import { rowsOf } from "./rows";

export const WRITE_POSITION_COOKIE = "prima_lsn";
const COOKIE_SECONDS = 600;
/** Between two looks at the replica's replay position while a read waits for it. */
const POLL_MS = 5;
/** A replica that failed is left alone this long, so that not every read pays for its failure. */
const RETRY_AFTER_MS = 2_000;
/** Even with no wait allowed, a look at the replica may take this long before it counts as down. */
const PROBE_TIMEOUT_MS = 1_000;
/** Users remembered at most; the oldest go first (their cookie still holds the position). */
const MAX_REMEMBERED = 100_000;
/**
 * Remembered for a user whose write's position could not be read: past any real position, so
 * their reads go to the primary until their next write is remembered.
 */
const UNKNOWN_POSITION = 1n << 64n;

/** `pg_lsn` text ("16/B374D848") as a number that orders as the position does, or null. */
export function walPosition(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? "");
  if (!match?.[1] || !match[2]) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** The part of a pino logger used here (request.log). */
interface ReplicaLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** "waited": replayed, but only after looking more than once. */
type Replayed = "replayed" | "waited" | "behind" | "down";

/** The replica databases currently open, so that the figure cache can tell a replica read apart. */
const replicas = new WeakMap<object, ReadReplica>();

/** The read replica this database handle reads from, if it is one. */
export function replicaOf(db: DbOrTx): ReadReplica | undefined {
  return replicas.get(db);
}

export interface ReadReplicaOptions {
  maxWaitMs: number;
  /** The session cookie's rule: secure when PRIMA is reached over https. */
  secureCookie: boolean;
}

export class ReadReplica {
  /** Where replica-path reads went: tests and the benchmark read these. */
  readonly counts = { replica: 0, waited: 0, primary: 0 };
  /** Reads waiting for the replica to replay their user's last write, right now. */
  waitingForReplay = 0;
  private readonly lastWrites = new Map<string, bigint>();
  private probe: Promise<bigint | null> | null = null;
  private downUntil = 0;
  private down = false;

  constructor(
    readonly primary: Db,
    private readonly replica: ReadDatabase,
    private readonly options: ReadReplicaOptions,
  ) {
    replicas.set(replica.db, this);
  }

  /** The database for a replica-path read of this request (see the top of this file). */
  async dbFor(request: FastifyRequest): Promise<Db> {
    const userId = request.user?.id;
    const remembered = userId ? this.lastWrites.get(userId) : undefined;
    const cookie = walPosition(request.cookies?.[WRITE_POSITION_COOKIE]);
    const needed = [remembered ?? 0n, cookie ?? 0n].reduce((a, b) => (a > b ? a : b));
    if (needed >= UNKNOWN_POSITION) {
      this.counts.primary += 1;
      return this.primary;
    }
    const started = Date.now();
    let outcome = await this.replayedPast(needed, 0, request.log);
    if (outcome === "behind" && this.options.maxWaitMs > 0) {
      // Waiting for the replica is not this server's work: the request's admission slot serves
      // others meanwhile (holding it halved the mixed load's throughput, bench/README.md).
      this.waitingForReplay += 1;
      const waited = await awayFromLane(request, () =>
        this.replayedPast(needed, this.options.maxWaitMs, request.log).finally(() => {
          this.waitingForReplay -= 1;
        }),
      );
      outcome = waited === "replayed" ? "waited" : waited;
    }
    if (outcome === "replayed" || outcome === "waited") {
      this.counts.replica += 1;
      if (outcome === "waited") this.counts.waited += 1;
      // Replay only moves forward: this write needs no more waiting on this server (unless the
      // user wrote again meanwhile).
      if (userId && remembered !== undefined && this.lastWrites.get(userId) === remembered) {
        this.lastWrites.delete(userId);
      }
      return this.replica.db;
    }
    this.counts.primary += 1;
    if (outcome === "behind") {
      request.log.info(
        { waitedMs: Date.now() - started },
        "read replica has not replayed this user's last write yet: reading from the primary",
      );
    }
    return this.primary;
  }

  /**
   * Whether the replica has replayed the WAL up to `position`, looking again until `maxWaitMs`
   * have passed; "down" when it does not answer or is not (any longer) a standby.
   */
  async replayedPast(position: bigint, maxWaitMs: number, log?: ReplicaLog): Promise<Replayed> {
    if (Date.now() < this.downUntil) return "down";
    const deadline = Date.now() + maxWaitMs;
    for (let look = 1; ; look += 1) {
      let replayed: bigint | null;
      try {
        replayed = await withDeadline(
          this.replayPosition(),
          Math.max(deadline - Date.now(), PROBE_TIMEOUT_MS),
        );
      } catch (error) {
        this.markDown(rootMessage(error), log);
        return "down";
      }
      if (replayed === null) {
        // A promoted or wrongly configured replica takes writes of its own: its answers may differ.
        this.markDown("it is not a standby (pg_last_wal_replay_lsn() is null)", log);
        return "down";
      }
      if (this.down && log) {
        this.down = false;
        log.info({}, "read replica answers again: portfolio reads go to it");
      }
      if (replayed >= position) return look === 1 ? "replayed" : "waited";
      if (Date.now() >= deadline) return "behind";
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /**
   * Remembers the primary's WAL position after a request that wrote, for this server (memory) and
   * for the others (the cookie).
   */
  async rememberWrite(userId: string, reply: FastifyReply): Promise<void> {
    const result = await rowsOf<{ position: string }>(
      this.primary.execute(sql`select pg_current_wal_lsn()::text as position`),
    );
    const text = result.rows[0]?.position;
    const position = walPosition(text);
    if (!text || position === null) throw new Error(`unexpected WAL position ${text}`);
    this.remember(userId, position);
    reply.setCookie(WRITE_POSITION_COOKIE, text, {
      path: "/api",
      httpOnly: true,
      sameSite: "lax",
      secure: this.options.secureCookie,
      maxAge: COOKIE_SECONDS,
    });
  }

  /** This user's reads go to the primary until their next write is remembered. */
  forgetPosition(userId: string): void {
    this.remember(userId, UNKNOWN_POSITION);
  }

  private remember(userId: string, position: bigint): void {
    this.lastWrites.delete(userId);
    this.lastWrites.set(userId, position);
    if (this.lastWrites.size > MAX_REMEMBERED) {
      const oldest = this.lastWrites.keys().next().value;
      if (oldest !== undefined) this.lastWrites.delete(oldest);
    }
  }

  close(): Promise<void> {
    replicas.delete(this.replica.db);
    return this.replica.close();
  }

  /** One look at the replica at a time: concurrent reads share it. */
  private replayPosition(): Promise<bigint | null> {
    this.probe ??= rowsOf<{ position: string | null }>(
      this.replica.db.execute(sql`select pg_last_wal_replay_lsn()::text as position`),
    )
      .then((result) => walPosition(result.rows[0]?.position))
      .finally(() => {
        this.probe = null;
      });
    return this.probe;
  }

  private markDown(reason: string, log?: ReplicaLog): void {
    this.downUntil = Date.now() + RETRY_AFTER_MS;
    // Without a log (the figure cache's look), the next request's look says it.
    if (this.down || !log) return;
    this.down = true;
    log.warn({ reason }, "read replica unavailable: portfolio reads go to the primary");
  }
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The database for one of the portfolio's heavy reads: the replica when it may answer, else the primary. */
export function portfolioReadDb(
  ctx: { db: Db; readReplica: ReadReplica | null },
  request: FastifyRequest,
): Promise<Db> {
  return ctx.readReplica ? ctx.readReplica.dbFor(request) : Promise.resolve(ctx.db);
}

/** After each successful request that may have written, remember where the primary's WAL stood. */
export function rememberWrites(api: FastifyInstance, replica: ReadReplica): void {
  api.addHook("onSend", async (request, reply, payload) => {
    const reading = request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS";
    if (reading || !request.user || reply.statusCode >= 400) return payload;
    try {
      await replica.rememberWrite(request.user.id, reply);
    } catch (error) {
      // The write itself succeeded; without its position only the primary is sure to show it.
      replica.forgetPosition(request.user.id);
      request.log.warn({ reason: rootMessage(error) }, "could not read the primary's WAL position");
    }
    return payload;
  });
}

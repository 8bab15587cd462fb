/**
 * Whether the database answers, as seen by this process. Requests, jobs and the driver report
 * failures and answers here; the log then says once that the database went away and once that it
 * came back, however many requests and job attempts failed in between.
 */
import { type DatabaseFailure, rootMessage } from "./failures";

/** The part of a pino logger we use; the process wires its own in (serve, remind). */
export interface StatusLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DatabaseStatus {
  /** False from a connection failure until the database answers again. */
  readonly reachable: boolean;
  /** Records a failure seen by a request, a job or the driver. */
  failed(kind: DatabaseFailure, error: unknown): void;
  /** Records that the database answered (a new connection, a query). */
  answered(): void;
  /** Where the status is written; nothing is written until one is set. */
  logTo(log: StatusLog): void;
}

/** A disk that stays full is repeated in the log at most this often, not once per request. */
const STORAGE_REPEAT_MS = 60_000;

export function createDatabaseStatus(now: () => number = Date.now): DatabaseStatus {
  let reachable = true;
  let downSince = 0;
  let lastStorageLog = Number.NEGATIVE_INFINITY;
  let log: StatusLog | null = null;
  return {
    get reachable() {
      return reachable;
    },
    failed(kind, error) {
      if (kind === "storage") {
        if (now() - lastStorageLog < STORAGE_REPEAT_MS) return;
        lastStorageLog = now();
        log?.error(
          { reason: rootMessage(error) },
          "the database cannot write: its storage is full or unwritable; writes are refused until an operator makes room",
        );
        return;
      }
      if (!reachable) return;
      reachable = false;
      downSince = now();
      log?.warn(
        { reason: rootMessage(error) },
        "lost the database; requests get 503 and jobs wait until it answers again",
      );
    },
    answered() {
      if (reachable) return;
      reachable = true;
      log?.info({ downForMs: now() - downSince }, "the database answers again");
    },
    logTo(next) {
      log = next;
    },
  };
}

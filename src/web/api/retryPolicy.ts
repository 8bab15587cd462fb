/**
 * When the web app asks again by itself. A database that went away comes back: queries wait for
 * it under the banner, as long as it takes. A server that refused a request as overloaded did
 * nothing with it (the refusal comes before any work), so a query or a save may be sent again
 * a few times, spread out so that a crowd of browsers does not come back all at once; after
 * that the page says the server is busy and offers to try again. Client errors never heal by
 * asking again; other failures (network hiccups) get two more tries.
 */
import { isApiError, isDatabaseUnavailable, isOverloaded } from "./client";

/** Tries after the first one for a request the server refused as overloaded. */
export const OVERLOADED_QUERY_RETRIES = 3;
export const OVERLOADED_SAVE_RETRIES = 2;

export function shouldRetryQuery(failures: number, error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  if (isOverloaded(error)) return failures < OVERLOADED_QUERY_RETRIES;
  return !(isApiError(error) && error.status < 500) && failures < 2;
}

export function shouldRetrySave(failures: number, error: unknown): boolean {
  return isOverloaded(error) && failures < OVERLOADED_SAVE_RETRIES;
}

/**
 * Milliseconds before the next try. Overloaded: about the server's Retry-After (2 s), doubling,
 * each browser at its own point of a ±50 % spread.
 */
export function retryDelay(failures: number, error: unknown, random: () => number = Math.random): number {
  if (isDatabaseUnavailable(error)) return 3_000;
  if (isOverloaded(error)) return Math.round(2_000 * 2 ** failures * (0.5 + random()));
  return Math.min(1_000 * 2 ** failures, 30_000);
}

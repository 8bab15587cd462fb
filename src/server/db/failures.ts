/**
 * Tells apart the database failures that are not the request's fault: the database cannot be
 * reached (stopped, restarting, failing over, a dropped connection) or cannot write (its disk is
 * full or unwritable). Users get a 503 or a 507 for these instead of a 500, and the jobs wait for
 * the database instead of reporting each attempt.
 */

export type DatabaseFailure = "unreachable" | "storage";

/**
 * SQLSTATE classes and codes (PostgreSQL, appendix A): 08 connection exception; 57P01–57P05 the
 * server shut down, crashed, is starting or stopping, or ended an idle session; 53300 too many
 * connections (a restarting server refuses them for a moment).
 */
const UNREACHABLE_CODES = new Set(["57P01", "57P02", "57P03", "57P04", "57P05", "53300"]);

/** Node's socket errors on the way to the server. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** node-postgres says these in words, without a code. */
const UNREACHABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

function classify(error: { code?: unknown; message?: unknown }): DatabaseFailure | null {
  const code = typeof error.code === "string" ? error.code : "";
  const message = typeof error.message === "string" ? error.message : "";
  if (UNREACHABLE_CODES.has(code) || code.startsWith("08") || SOCKET_CODES.has(code)) return "unreachable";
  if (UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message))) return "unreachable";
  // 53100 disk full, 58030 I/O error; a file the server may not open or create is reported as
  // 42501 like a missing grant, but only a file access says "could not … file".
  if (code === "53100" || code === "58030") return "storage";
  if (code === "42501" && /^could not \w+ (file|directory)/.test(message)) return "storage";
  return null;
}

/**
 * What kind of database failure this error is, looking through the causes Drizzle and others
 * wrap around the driver's error; null for everything else (a bug, a constraint, bad SQL).
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const found = classify(current as { code?: unknown; message?: unknown });
    if (found) return found;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** The driver's own words for a failure (the innermost cause), for logs. */
export function rootMessage(error: unknown): string {
  let current: unknown = error;
  let message = String(error);
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const { code, message: text } = current as { code?: unknown; message?: unknown };
    if (typeof text === "string") message = typeof code === "string" ? `${code} ${text}` : text;
    current = (current as { cause?: unknown }).cause;
  }
  return message;
}

/**
 * Refusals that belong to the transport, not to a use case: the database or the server is
 * unavailable, a body is too large or of the wrong type, the disk is full. Use cases throw the
 * domain's errors (domain/errors.ts) instead; the error handler maps both to responses.
 */
import type { ErrorBody } from "../../domain/errors";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody & Record<string, unknown>,
  ) {
    super(body.message);
  }
}

/** The database cannot be reached (stopped, restarting, failing over): try again shortly. */
export const databaseUnavailable = () =>
  new HttpError(503, {
    error: "databaseUnavailable",
    message: "PRIMA cannot reach its database; nothing was saved. Try again in a few seconds",
  });

/** More requests than the server takes on at once: nothing was done; try again shortly. */
export const overloaded = () =>
  new HttpError(503, {
    error: "overloaded",
    message: "PRIMA is busy with other requests; nothing was done. Try again in a few seconds",
  });

export const payloadTooLarge = (message: string) =>
  new HttpError(413, { error: "payload_too_large", message });
export const unsupportedType = (message: string) =>
  new HttpError(415, {
    error: "unsupported_type",
    message,
    fields: [{ field: "file", code: "fileType", message }],
  });

/**
 * The server's disk (the database's or the filing's) is full or unwritable: the client's request
 * was fine, nothing was saved, and it may succeed once an administrator frees space.
 */
export const storageFull = (
  message = "PRIMA's storage is full or cannot be written; nothing was saved. An administrator has to make room",
) => new HttpError(507, { error: "storage_full", message });

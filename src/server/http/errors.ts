/**
 * Errors a use case raises on purpose. The app's error handler turns each into its status and a
 * body of the shape ErrorBody; anything else becomes a 500 without details.
 */
import type { ErrorBody, FieldError } from "../../domain/errors";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody & Record<string, unknown>,
  ) {
    super(body.message);
  }
}

export class ValidationFailed extends HttpError {
  constructor(readonly fields: FieldError[]) {
    super(400, { error: "validation", message: describeFields(fields), fields });
  }
}

export const unauthorized = () =>
  new HttpError(401, { error: "unauthorized", message: "Sign in to continue" });
export const forbidden = (message = "You are not allowed to do this") =>
  new HttpError(403, { error: "forbidden", message });
export const notFound = (what = "This record") =>
  new HttpError(404, { error: "not_found", message: `${what} does not exist or is not visible to you` });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new HttpError(409, { error: "conflict", message, ...extra });

/** The fund's rules refuse the step: every failing rule, each with its own message. */
export class RulesFailed extends HttpError {
  constructor(readonly fields: FieldError[]) {
    super(422, {
      error: "rules",
      message: `The fund's rules do not allow this: ${fields.map((f) => f.message).join("; ")}`,
      fields,
    });
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

function describeFields(fields: FieldError[]): string {
  const names = [...new Set(fields.map((f) => f.field || "record"))];
  return `Please correct: ${names.join(", ")}`;
}

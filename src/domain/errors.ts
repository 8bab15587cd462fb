import { z } from "zod";

/**
 * A failure a user can read: the field it concerns (dotted path, "" for the whole record),
 * a stable code the web app translates (errors.<code>), and an English message for API users.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  error:
    | "validation"
    | "unauthorized"
    | "forbidden"
    | "not_found"
    | "conflict"
    | "rate_limited"
    | "internal"
    | "bad_request"
    | "payload_too_large"
    | "rules"
    | "unsupported_type"
    | "databaseUnavailable"
    | "overloaded"
    | "storage_full";
  message: string;
  fields?: FieldError[];
}

/** The body of every 4xx/5xx answer, for the OpenAPI document. */
export const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z
    .array(
      z.object({
        field: z.string(),
        code: z.string(),
        message: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});

/**
 * Why a use case refuses, in the domain's words. Services throw these and never an HTTP status:
 * the CLI reuses the services and prints them as they are, and the server maps each kind to a
 * status in one place (server/http/errorHandler.ts).
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | "notFound"
    | "refused"
    | "conflict"
    | "invalid"
    | "rulesBroken"
    | "unauthenticated"
    | "tooManyAttempts";
  /** The fields a user can correct, when the refusal concerns some. */
  readonly fields?: FieldError[];
  /** Anything a client needs to recover (the current version after a conflict, …). */
  readonly details: Record<string, unknown> = {};
}

/** The record does not exist, or this person may not know that it does (the same answer for both). */
export class NotFound extends DomainError {
  readonly kind = "notFound";
  constructor(what = "This record") {
    super(`${what} does not exist or is not visible to you`);
  }
}

/** The person is known and may see the record, but may not do this with it. */
export class Refused extends DomainError {
  readonly kind = "refused";
  constructor(message = "You are not allowed to do this") {
    super(message);
  }
}

/** Someone else changed the record first, or its state no longer allows the step. */
export class Conflict extends DomainError {
  readonly kind = "conflict";
  override readonly details: Record<string, unknown>;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.details = details;
  }
}

/** The input is wrong, field by field. */
export class Invalid extends DomainError {
  readonly kind = "invalid";
  override readonly fields: FieldError[];
  constructor(fields: FieldError[]) {
    super(describeFields(fields));
    this.fields = fields;
  }
}

/** The fund's rules refuse the step: every failing rule, each with its own message. */
export class RulesBroken extends DomainError {
  readonly kind = "rulesBroken";
  override readonly fields: FieldError[];
  constructor(fields: FieldError[]) {
    super(`The fund's rules do not allow this: ${fields.map((f) => f.message).join("; ")}`);
    this.fields = fields;
  }
}

/** Nobody is signed in, or the credentials are wrong. */
export class Unauthenticated extends DomainError {
  readonly kind = "unauthenticated";
  constructor(message = "Sign in to continue") {
    super(message);
  }
}

/**
 * Too many failed attempts (sign-in): refused without looking at the credentials until
 * `retryAfterSeconds` have passed. The field error says when, for the person at the keyboard.
 */
export class TooManyAttempts extends DomainError {
  readonly kind = "tooManyAttempts";
  override readonly fields: FieldError[];
  constructor(
    readonly retryAfterSeconds: number,
    code = "signInLocked",
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const message = `Too many failed sign-ins; try again in ${minutes} min`;
    super(message);
    this.fields = [{ field: "", code, message, params: { minutes } }];
  }
}

function describeFields(fields: FieldError[]): string {
  const names = [...new Set(fields.map((f) => f.field || "record"))];
  return `Please correct: ${names.join(", ")}`;
}

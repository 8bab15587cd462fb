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

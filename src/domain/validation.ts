/** Turns zod issues into the FieldErrors that the API returns and the web form shows. */
import type { z } from "zod";
import type { FieldError } from "./errors";

interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

export function fieldErrorFromIssue(issue: IssueLike): FieldError {
  const custom = issue.params ?? {};
  const code = typeof custom.code === "string" ? custom.code : issue.code;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries({ ...issue, ...custom })) {
    if (key !== "code" && (typeof value === "string" || typeof value === "number") && key !== "message") {
      params[key] = value;
    }
  }
  return {
    field: issue.path.map(String).join("."),
    code,
    message: issue.message,
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => fieldErrorFromIssue(issue as unknown as IssueLike));
}

import type { TFunction } from "i18next";
import type { z } from "zod";
import type { FieldError } from "../../domain/errors";
import { fieldErrorsFromZod } from "../../domain/validation";

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The API's own issue → FieldError mapping, with one refinement for people filling a form:
 * a built-in check failing on an empty input means "required", not "too short" or "invalid type".
 * Parse with `{ reportInput: true }` so that the issues carry the input they judged.
 */
export function formFieldErrors(error: z.ZodError): FieldError[] {
  return fieldErrorsFromZod(error).map((fieldError, index) => {
    const issue = error.issues[index];
    if (!issue || issue.code === "custom" || !isEmpty(issue.input)) return fieldError;
    return { field: fieldError.field, code: "required", message: "Required" };
  });
}

/** Lists of plain values report an item's problem on the list input, where the user can fix it. */
const LIST_FIELDS = /^(countries|strategyPoints|migof)\.\d+$/;

export function displayField(field: string): string {
  return LIST_FIELDS.test(field) ? field.slice(0, field.indexOf(".")) : field;
}

/**
 * The user's language first, the API's English sentence when PRIMA has no text for the code.
 * Zod's built-in codes depend on what was checked (a string's length, a number, a list's size),
 * so that the string "format" or else the "origin" picks a variant: errors.invalid_format_email,
 * errors.too_small_string, … (a format issue's origin is always "string", so the format goes first).
 */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const params = error.params ?? {};
  const context = params.format ?? params.origin;
  return t(`errors.${error.code}`, {
    ...params,
    context: typeof context === "string" ? context : undefined,
    defaultValue: error.message,
  });
}

/** One message per input (the first), keyed like Mantine form paths ("beneficiaries.0.number"). */
export function fieldErrorMap(t: TFunction, errors: readonly FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) {
    map[displayField(error.field)] ??= translateFieldError(t, error);
  }
  return map;
}

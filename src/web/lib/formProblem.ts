/**
 * Why a save did not go through, read once from the API's answer for every form: the input is
 * invalid (400, each error with its field), a submission rule fails (422), someone else saved
 * first (409, with the latest version), the user may not (403), or anything else. A 401 is no
 * problem of the form: the session ended, and the sign-in page takes over.
 */
import type { FieldError } from "../../domain/errors";
import { isApiError } from "../api/client";

export type FormProblem<Latest = never> =
  | { kind: "invalid" | "rules"; errors: FieldError[] }
  | { kind: "conflict"; latest: Latest | null; errors: FieldError[] }
  | { kind: "forbidden"; message: string | null }
  /** Anything else; the server's own words when it gave some (a generic text otherwise). */
  | { kind: "failed"; message?: string };

export function formProblemOf<Latest = never>(error: unknown): FormProblem<Latest> | null {
  if (!isApiError(error)) return { kind: "failed" };
  switch (error.status) {
    case 401:
      return null;
    case 403:
      return { kind: "forbidden", message: error.body?.message ?? null };
    case 409: {
      const latest = (error.body as { current?: Latest } | null)?.current ?? null;
      return { kind: "conflict", latest, errors: error.fields };
    }
    case 400:
      // A refusal that names no field still says what is wrong, for the whole form.
      return {
        kind: "invalid",
        errors: error.fields.length > 0 ? error.fields : [{ field: "", code: "", message: error.message }],
      };
    case 422:
      if (error.fields.length > 0) return { kind: "rules", errors: error.fields };
      return failed(error.body?.message);
    default:
      return failed(error.body?.message);
  }
}

function failed(message: string | undefined): FormProblem<never> {
  return message ? { kind: "failed", message } : { kind: "failed" };
}

/** What the alert above an editor shows: for invalid input, the errors no input of the form shows. */
export type SaveProblem =
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "forbidden" | "failed" | "conflict" };

export function saveProblemOf(
  problem: FormProblem<unknown>,
  isDrawn: (field: string) => boolean,
): SaveProblem {
  switch (problem.kind) {
    case "invalid":
    case "rules":
      return { kind: "invalid", errors: problem.errors.filter((e) => !isDrawn(e.field)) };
    default:
      return { kind: problem.kind };
  }
}

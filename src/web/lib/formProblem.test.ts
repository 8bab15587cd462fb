import { describe, expect, it } from "vitest";
import type { FieldError } from "../../domain/errors";
import { ApiError } from "../api/client";
import { formProblemOf, saveProblemOf } from "./formProblem";

const titleTooLong: FieldError = { field: "title", code: "too_big", message: "Too long" };
const onId: FieldError = { field: "outcomes.0.id", code: "unknown", message: "Unknown outcome" };

function refused(status: number, body: Record<string, unknown> | null): ApiError {
  return new ApiError(status, body as ConstructorParameters<typeof ApiError>[1]);
}

describe("formProblemOf: why a save did not go through, the same for every form", () => {
  it("a 400 is invalid input, with every field error the server sent", () => {
    const error = refused(400, { error: "validation", message: "Invalid", fields: [titleTooLong, onId] });
    expect(formProblemOf(error)).toEqual({ kind: "invalid", errors: [titleTooLong, onId] });
  });

  it("a 400 naming no field still says what is wrong, for the whole form", () => {
    const error = refused(400, { error: "validation", message: "Body is not JSON" });
    expect(formProblemOf(error)).toEqual({
      kind: "invalid",
      errors: [{ field: "", code: "", message: "Body is not JSON" }],
    });
  });

  it("a 409 is a conflict, with the latest version when the server sends it", () => {
    const latest = { version: 4 };
    const error = refused(409, { error: "conflict", message: "Stale", current: latest });
    expect(formProblemOf<{ version: number }>(error)).toEqual({ kind: "conflict", latest, errors: [] });
    expect(formProblemOf(refused(409, { error: "conflict", message: "Stale" }))).toEqual({
      kind: "conflict",
      latest: null,
      errors: [],
    });
  });

  it("a 422 lists the submission rules that fail; without any it is a failure", () => {
    const rule: FieldError = { field: "beneficiaries", code: "required", message: "Required" };
    expect(formProblemOf(refused(422, { error: "validation", message: "Rules", fields: [rule] }))).toEqual({
      kind: "rules",
      errors: [rule],
    });
    expect(formProblemOf(refused(422, { error: "validation", message: "Rules" }))).toStrictEqual({
      kind: "failed",
      message: "Rules",
    });
  });

  it("a 403 is forbidden, with the server's reason", () => {
    expect(formProblemOf(refused(403, { error: "forbidden", message: "Not yours" }))).toEqual({
      kind: "forbidden",
      message: "Not yours",
    });
  });

  it("a 401 is no problem of the form (the sign-in page takes over)", () => {
    expect(formProblemOf(refused(401, { error: "unauthorized", message: "Sign in" }))).toBeNull();
  });

  it("anything else, a network failure included, is a failed save", () => {
    expect(formProblemOf(refused(500, null))).toStrictEqual({ kind: "failed" });
    expect(formProblemOf(new TypeError("Failed to fetch"))).toStrictEqual({ kind: "failed" });
    // The server's own words, when it gave some, for the forms that show them.
    expect(formProblemOf(refused(503, { error: "overloaded", message: "Busy" }))).toStrictEqual({
      kind: "failed",
      message: "Busy",
    });
  });
});

describe("saveProblemOf: what the alert above an editor lists", () => {
  const drawn = (field: string) => field === "title";

  it("lists only the errors no input shows", () => {
    expect(saveProblemOf({ kind: "invalid", errors: [titleTooLong, onId] }, drawn)).toEqual({
      kind: "invalid",
      errors: [onId],
    });
  });

  it("keeps the kind of the other problems", () => {
    expect(saveProblemOf({ kind: "conflict", latest: null, errors: [] }, drawn)).toEqual({
      kind: "conflict",
    });
    expect(saveProblemOf({ kind: "forbidden", message: null }, drawn)).toEqual({ kind: "forbidden" });
  });
});

/**
 * Services refuse in the domain's words and one place gives each refusal its HTTP status; the
 * services (reused by the CLI) never name a status or import the HTTP layer.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Conflict, Invalid, NotFound, Refused, RulesBroken, Unauthenticated } from "../../domain/errors";
import { httpAnswer } from "./errorHandler";

const field = { field: "title", code: "required", message: "Give the project a title" };

describe("domain errors become HTTP in one place", () => {
  it.each([
    [new Invalid([field]), 400, "validation"],
    [new Unauthenticated(), 401, "unauthorized"],
    [new Refused("Only the fund manager can do this"), 403, "forbidden"],
    [new NotFound("This project"), 404, "not_found"],
    [new Conflict("Someone else saved first", { current: { version: 3 } }), 409, "conflict"],
    [new RulesBroken([field]), 422, "rules"],
  ])("%s", (error, status, code) => {
    const answer = httpAnswer(error);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toBe(code);
    expect(answer.body.message).toBe(error.message);
  });

  it("keeps the fields a user can correct and what a client needs after a conflict", () => {
    expect(httpAnswer(new Invalid([field])).body.fields).toEqual([field]);
    expect(httpAnswer(new Conflict("Saved meanwhile", { current: { version: 3 } })).body).toMatchObject({
      error: "conflict",
      current: { version: 3 },
    });
  });

  it("no service names an HTTP status or imports the HTTP layer", () => {
    const root = resolve(__dirname, "../services");
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith(".ts") ? [path] : [];
      });
    })(root);
    const offenders = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return /from "[./]*\/http\//.test(text) || /HttpError|statusCode/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});

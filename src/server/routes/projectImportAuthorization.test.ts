/**
 * Who may import a portfolio, over HTTP: the template and the upload (a dry run, so that an
 * allowed role changes nothing), for every role and for nobody signed in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { multipartForm } from "../../../test/multipartForm";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { Role } from "../../domain/roles";

const ROLES: Role[] = ["pm", "reviewer", "fund_manager", "viewer", "admin"];
const ALLOWED: readonly Role[] = ["fund_manager", "admin"];

describe.each(databaseKinds())("who may import projects (%s)", (kind) => {
  let test: TestApp;
  const sessions = new Map<Role, Session>();
  let template: Buffer;

  beforeAll(async () => {
    test = await startTestApp(kind);
    for (const role of ROLES) {
      sessions.set(
        role,
        await signIn(test, await buildUser(test.database.db, role, role === "reviewer" ? "WCA" : null)),
      );
    }
    const response = await test.app.inject({
      method: "GET",
      url: "/api/projects/import/template",
      headers: sessions.get("admin")?.headers,
    });
    template = response.rawPayload;
  });
  afterAll(async () => test?.close());

  const actions = {
    "download the template": (headers: Record<string, string>) =>
      test.app.inject({ method: "GET", url: "/api/projects/import/template", headers }),
    "check a workbook": (headers: Record<string, string>) => {
      const form = multipartForm({ dryRun: "true" }, { name: "portfolio.xlsx", content: template });
      return test.app.inject({
        method: "POST",
        url: "/api/projects/import",
        headers: { ...headers, "content-type": form.contentType },
        payload: form.body,
      });
    },
  };
  const rows = Object.keys(actions).flatMap((action) =>
    [...ROLES, null].map((role) => [action as keyof typeof actions, role] as const),
  );

  it.each(rows)("%s as %s", async (action, role) => {
    const headers = role ? (sessions.get(role)?.headers ?? {}) : {};
    const response = await actions[action](headers);
    const expected = role === null ? 401 : ALLOWED.includes(role) ? 200 : 403;
    expect(response.statusCode, response.body).toBe(expected);
  });
});

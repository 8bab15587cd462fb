/** Personal API tokens as an integration uses them: Bearer with the owner's rights, read-only, revocable. */
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, projectInput, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { apiTokens } from "../db/schema";

describe.each(databaseKinds())("API tokens on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const make = async (session: Session, body: object) => {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: session.headers,
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; token: string; expiresAt: string | null };
  };
  const bearer = (token: string, method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
    test.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  it("acts with its owner's rights, without a cookie or CSRF token, and shows when it was last used", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    const { token, id } = await make(pm, { name: "Finance system", scope: "write", days: 90 });
    expect(token).toMatch(/^prima_[\w-]{40,}$/);

    const me = await bearer(token, "GET", "/api/me");
    expect(me.json()).toMatchObject({ email: pm.user.email });
    const created = await bearer(
      token,
      "POST",
      "/api/projects",
      projectInput({ title: "Created through the API" }),
    );
    expect(created.statusCode, created.body).toBe(201);
    // The owner's rights, not more: a PM may not add people.
    const refused = await bearer(token, "GET", "/api/users");
    expect(refused.statusCode).toBe(403);

    const listed = await test.app.inject({ method: "GET", url: "/api/me/tokens", headers: pm.headers });
    expect(listed.json()).toEqual([expect.objectContaining({ id, name: "Finance system", scope: "write" })]);
    expect(listed.json()[0].lastUsedAt).not.toBeNull();
    expect(listed.body).not.toContain(token);
    // Only the HMAC is stored.
    const stored = await test.database.db.select().from(apiTokens);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("a read-only token reads and changes nothing", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    const project = await createProjectAs(test, pm);
    const { token } = await make(pm, { name: "Dashboard", scope: "read", days: null });
    expect((await bearer(token, "GET", `/api/projects/${project.id}`)).statusCode).toBe(200);
    const write = await bearer(token, "PUT", `/api/projects/${project.id}`, {
      ...projectInput({ summary: "changed by a read-only token" }),
      version: project.version,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().message).toContain("only read");
    const after = await bearer(token, "GET", `/api/projects/${project.id}`);
    expect(after.json().summary).not.toBe("changed by a read-only token");
  });

  it("stops working when revoked, when it expires, and when its owner is deactivated", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pmUser = await buildUser(db, "pm");
    const pm = await signIn(test, pmUser);
    const adminUser = await buildUser(db, "admin");
    const revoked = await make(pm, { name: "Old script", scope: "read", days: null });
    const expiring = await make(pm, { name: "Trial", scope: "read", days: 30 });
    const kept = await make(pm, { name: "Kept", scope: "read", days: null });

    expect(
      (await test.app.inject({ method: "DELETE", url: `/api/me/tokens/${revoked.id}`, headers: pm.headers }))
        .statusCode,
    ).toBe(204);
    const answer = await bearer(revoked.token, "GET", "/api/me");
    expect(answer.statusCode).toBe(401);
    expect(answer.json().message).toContain("API token");

    test.clock.now = new Date(test.clock.now.getTime() + 31 * 86_400_000);
    expect((await bearer(expiring.token, "GET", "/api/me")).statusCode).toBe(401);
    expect((await bearer(kept.token, "GET", "/api/me")).statusCode).toBe(200);

    // A month later: the administrator signs in again (sessions last hours, tokens their days).
    const admin = await signIn(test, adminUser);
    const person = (
      await test.app.inject({ method: "GET", url: `/api/users?q=${pmUser.email}`, headers: admin.headers })
    ).json().users[0];
    await test.app.inject({
      method: "PATCH",
      url: `/api/users/${pmUser.id}`,
      headers: admin.headers,
      payload: { version: person.version, name: person.name, role: "pm", region: null, active: false },
    });
    expect((await bearer(kept.token, "GET", "/api/me")).statusCode).toBe(401);
  });

  it("cannot make, see or revoke tokens, so a leaked token cannot make itself permanent", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    const { token, id } = await make(pm, { name: "Sync", scope: "write", days: null });
    expect(
      (await bearer(token, "POST", "/api/me/tokens", { name: "Another", scope: "write", days: null }))
        .statusCode,
    ).toBe(403);
    expect((await bearer(token, "GET", "/api/me/tokens")).statusCode).toBe(403);
    expect((await bearer(token, "DELETE", `/api/me/tokens/${id}`)).statusCode).toBe(403);
  });

  it("administrators see everyone's tokens and revoke any; others see only their own", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const pm = await signIn(test, await buildUser(db, "pm"));
    const other = await signIn(test, await buildUser(db, "pm"));
    const admin = await signIn(test, await buildUser(db, "admin"));
    const { token, id } = await make(pm, { name: "Reporting tool", scope: "read", days: null });
    await make(other, { name: "Other's", scope: "read", days: null });

    expect(
      (await test.app.inject({ method: "GET", url: "/api/admin/tokens", headers: pm.headers })).statusCode,
    ).toBe(403);
    expect(
      (await test.app.inject({ method: "DELETE", url: `/api/me/tokens/${id}`, headers: other.headers }))
        .statusCode,
    ).toBe(404);
    const all = await test.app.inject({ method: "GET", url: "/api/admin/tokens", headers: admin.headers });
    expect(
      all
        .json()
        .map((t: { owner: { email: string } }) => t.owner.email)
        .sort(),
    ).toEqual([pm.user.email, other.user.email].sort());
    expect(
      (await test.app.inject({ method: "DELETE", url: `/api/admin/tokens/${id}`, headers: admin.headers }))
        .statusCode,
    ).toBe(204);
    expect((await bearer(token, "GET", "/api/me")).statusCode).toBe(401);
  });

  it("refuses a bad token request field by field, and a malformed bearer", async () => {
    test = await startTestApp(kind);
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    const bad = await test.app.inject({
      method: "POST",
      url: "/api/me/tokens",
      headers: pm.headers,
      payload: { name: "", scope: "admin", days: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["days", "name", "scope"]);
    expect((await bearer("prima_not-a-real-token-at-all-000000000000000", "GET", "/api/me")).statusCode).toBe(
      401,
    );
    expect((await bearer("something-else", "GET", "/api/projects")).statusCode).toBe(401);
  });
});

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn, TEST_PASSWORD } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { UserRow } from "../../domain/user";
import { auditEvents } from "../db/schema";

describe.each(databaseKinds())("administrators adding people, on %s", (kind) => {
  let test: TestApp;
  let admin: Session;

  beforeAll(async () => {
    test = await startTestApp(kind);
    admin = await signIn(test, await buildUser(test.database.db, "admin"));
  });
  afterAll(() => test.close());

  const add = (password: string, email = "amina.diallo@example.org") =>
    test.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin.headers,
      payload: { email, name: "Amina Diallo", role: "viewer", region: null, password },
    });
  const count = async () =>
    (await test.app.inject({ method: "GET", url: "/api/users", headers: admin.headers })).json().total;

  it("refuses a weak, short or personal password with a field-level reason, and adds nobody", async () => {
    const before = await count();
    for (const [password, code] of [
      ["password12", "passwordTooShort"],
      ["aaaaaaaaaaaaaaa", "passwordWeak"],
      ["amina diallo 2026", "passwordContainsIdentity"],
    ] as const) {
      const response = await add(password);
      expect(response.statusCode, password).toBe(400);
      expect(response.json().fields).toEqual([expect.objectContaining({ field: "password", code })]);
      expect(response.body).not.toContain(password);
    }
    expect(await count()).toBe(before);
  });

  it("adds the person when the password is a few unrelated words", async () => {
    const response = await add("lantern velvet quarry");
    expect(response.statusCode).toBe(201);
    const login = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "amina.diallo@example.org", password: "lantern velvet quarry" },
    });
    expect(login.statusCode).toBe(200);
  });
});

describe.each(databaseKinds())("administrators changing people, on %s", (kind) => {
  let test: TestApp;
  let admin: Session;

  beforeAll(async () => {
    test = await startTestApp(kind);
    admin = await signIn(test, await buildUser(test.database.db, "admin"));
  });
  afterAll(() => test.close());

  const list = async (query: string) => {
    const response = await test.app.inject({
      method: "GET",
      url: `/api/users?${query}`,
      headers: admin.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { users: UserRow[]; total: number };
  };
  const change = (id: string, payload: Record<string, unknown>) =>
    test.app.inject({ method: "PATCH", url: `/api/users/${id}`, headers: admin.headers, payload });
  const current = async (id: string) => (await list("limit=200")).users.find((u) => u.id === id) as UserRow;

  it("finds people by part of their name or e-mail, role, region and whether they are active", async () => {
    const reviewer = await buildUser(test.database.db, "reviewer", "EHA");
    await buildUser(test.database.db, "viewer", "WCA");
    const byEmail = await list(`q=${encodeURIComponent(reviewer.email.slice(0, 14).toUpperCase())}`);
    expect(byEmail.users.map((u) => u.id)).toEqual([reviewer.id]);
    const reviewers = await list("role=reviewer&region=EHA");
    expect(reviewers.users.every((u) => u.role === "reviewer" && u.region === "EHA")).toBe(true);
    expect(reviewers.users.map((u) => u.id)).toContain(reviewer.id);
    const page = await list("limit=1&offset=0");
    expect(page.users).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(3);
    // The administrator signed in: the list says when.
    expect((await current(admin.user.id)).lastSignInAt).not.toBeNull();
    expect(
      (await test.app.inject({ method: "GET", url: "/api/users?role=chief", headers: admin.headers })).json(),
    ).toMatchObject({ error: "validation", fields: [expect.objectContaining({ field: "role" })] });
  });

  it("changes a person's role and region, audited, and refuses a stale version with 409", async () => {
    const person = await buildUser(test.database.db, "pm");
    const changed = await change(person.id, {
      version: 1,
      name: "Kofi Mensah",
      role: "reviewer",
      region: "WCA",
      active: true,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      name: "Kofi Mensah",
      role: "reviewer",
      region: "WCA",
      version: 2,
    });

    const stale = await change(person.id, {
      version: 1,
      name: "Someone else",
      role: "pm",
      region: null,
      active: true,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: "Kofi Mensah", version: 2 });
    expect((await current(person.id)).name).toBe("Kofi Mensah");

    const audit = await test.database.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, person.id)));
    expect(audit).toEqual([
      expect.objectContaining({ action: "update", after: expect.objectContaining({ role: "reviewer" }) }),
    ]);
  });

  it("refuses a reviewer without a region or an unknown region, field by field, and changes nothing", async () => {
    const person = await buildUser(test.database.db, "pm");
    const noRegion = await change(person.id, {
      version: 1,
      name: "X",
      role: "reviewer",
      region: null,
      active: true,
    });
    expect(noRegion.statusCode).toBe(400);
    expect(noRegion.json().fields).toEqual([
      expect.objectContaining({ field: "region", code: "reviewerRegionRequired" }),
    ]);
    const unknown = await change(person.id, {
      version: 1,
      name: "X",
      role: "viewer",
      region: "MARS",
      active: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual([
      expect.objectContaining({ field: "region", code: "unknownCode" }),
    ]);
    expect(await current(person.id)).toMatchObject({ role: "pm", version: 1 });
  });

  it("a deactivated person is signed out at once and cannot sign in; reactivated, they can again", async () => {
    const user = await buildUser(test.database.db, "pm");
    const session = await signIn(test, user);
    const off = await change(user.id, {
      version: 1,
      name: "Test pm",
      role: "pm",
      region: null,
      active: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(
      (await test.app.inject({ method: "GET", url: "/api/me", headers: session.headers })).statusCode,
    ).toBe(401);
    const login = () =>
      test.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
    expect((await login()).statusCode).toBe(401);
    expect((await list("active=false")).users.map((u) => u.id)).toContain(user.id);
    const on = await change(user.id, { version: 2, name: "Test pm", role: "pm", region: null, active: true });
    expect(on.statusCode).toBe(200);
    expect((await login()).statusCode).toBe(200);
  });

  it("an administrator cannot deactivate themselves or drop their own role", async () => {
    const me = await current(admin.user.id);
    const response = await change(admin.user.id, {
      version: me.version,
      name: me.name,
      role: "viewer",
      region: null,
      active: false,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { code: string }) => f.code)
        .sort(),
    ).toEqual(["ownAccountActive", "ownAccountRole"]);
    expect(
      (await test.app.inject({ method: "GET", url: "/api/me", headers: admin.headers })).statusCode,
    ).toBe(200);
  });

  it("answers 404 for someone who does not exist", async () => {
    const response = await change("00000000-0000-4000-8000-000000000000", {
      version: 1,
      name: "Nobody",
      role: "pm",
      region: null,
      active: true,
    });
    expect(response.statusCode).toBe(404);
  });
});

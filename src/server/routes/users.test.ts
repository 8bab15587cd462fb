import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

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
    (await test.app.inject({ method: "GET", url: "/api/users", headers: admin.headers })).json().length;

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

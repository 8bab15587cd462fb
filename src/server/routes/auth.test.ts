import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, signIn, TEST_PASSWORD, type TestUser } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";

describe.each(databaseKinds())("auth on %s", (kind) => {
  let test: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    test = await startTestApp(kind);
    user = await buildUser(test.database.db, "pm");
  });
  afterAll(() => test.close());

  const login = (email: string, password: string) =>
    test.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

  it("signs in with an httpOnly session cookie and answers /api/me", async () => {
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "prima_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const me = await test.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: `prima_session=${cookie?.value}` },
    });
    expect(me.json()).toMatchObject({ email: user.email, role: "pm" });
  });

  it("gives the same 401 for a wrong password and an unknown e-mail", async () => {
    const wrong = await login(user.email, "not the password");
    const unknown = await login("nobody@example.org", "whatever");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.cookies).toHaveLength(0);
  });

  it("revokes the session on sign-out", async () => {
    const session = await signIn(test, user);
    const out = await test.app.inject({ method: "POST", url: "/api/auth/logout", headers: session.headers });
    expect(out.statusCode).toBe(204);
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: session.headers });
    expect(me.statusCode).toBe(401);
  });

  it("ends the previous session when someone signs in again in the same browser", async () => {
    const first = await signIn(test, user);
    const again = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: first.headers.cookie, "x-csrf-token": first.headers["x-csrf-token"] },
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: first.headers });
    expect(me.statusCode).toBe(401);
  });

  it("expires a session after 12 hours", async () => {
    const session = await signIn(test, user);
    const signedInAt = test.clock.now;
    test.clock.now = new Date(signedInAt.getTime() + 13 * 3600_000);
    const me = await test.app.inject({ method: "GET", url: "/api/me", headers: session.headers });
    test.clock.now = signedInAt;
    expect(me.statusCode).toBe(401);
  });

  it("refuses a change without the CSRF token", async () => {
    const session = await signIn(test, user);
    const response = await test.app.inject({
      method: "POST",
      url: "/api/projects",
      headers: { cookie: session.headers.cookie },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
  });

  it("sends security headers and no stack trace on malformed JSON", async () => {
    const response = await test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("login rate limit", () => {
  it("answers 429 after too many attempts from one address", async () => {
    const test = await startTestApp("pglite", { LOGIN_RATE_LIMIT: "3" });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await test.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: "x@example.org", password: "nope" },
        });
        codes.push(response.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await test.close();
    }
  });
});

describe("login rate limit behind an untrusted X-Forwarded-For", () => {
  it("is not reset by a forged client address", async () => {
    const test = await startTestApp("pglite", { LOGIN_RATE_LIMIT: "2" });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await test.app.inject({
          method: "POST",
          url: "/api/auth/login",
          headers: { "x-forwarded-for": `203.0.113.${i}` },
          payload: { email: "x@example.org", password: "nope" },
        });
        codes.push(response.statusCode);
      }
      expect(codes).toEqual([401, 401, 429, 429]);
    } finally {
      await test.close();
    }
  });
});

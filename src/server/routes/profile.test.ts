/** Each person's own profile over HTTP: name and language, password, sessions. */
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildUser,
  createProjectAs,
  fire,
  type Session,
  signIn,
  TEST_PASSWORD,
} from "../../../test/factories";
import { startSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { mailOutbox } from "../db/schema";

describe.each(databaseKinds())("a person's own profile, on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (
    session: Session | null,
    method: "GET" | "PATCH" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: object,
  ) => test.app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
  const login = (email: string, password: string, userAgent = "Test browser") =>
    test.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      headers: { "user-agent": userAgent },
    });

  it("changes the name and language, which /api/me then gives; a stale version gets 409", async () => {
    test = await startTestApp(kind);
    const session = await signIn(test, await buildUser(test.database.db, "pm"));
    const before = (await call(session, "GET", "/api/me")).json();
    expect(before).toMatchObject({ language: null, version: 1 });

    const saved = await call(session, "PATCH", "/api/me", {
      version: 1,
      name: "Mariam Koné",
      language: "fr",
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: "Mariam Koné", language: "fr", version: 2 });
    expect((await call(session, "GET", "/api/me")).json()).toMatchObject({
      name: "Mariam Koné",
      language: "fr",
    });

    const stale = await call(session, "PATCH", "/api/me", { version: 1, name: "Other tab", language: "es" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: "Mariam Koné", language: "fr", version: 2 });

    const bad = await call(session, "PATCH", "/api/me", { version: 2, name: "", language: "de" });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["language", "name"]);

    // The header's language menu saves the language alone.
    expect((await call(session, "PUT", "/api/me/language", { language: "es" })).statusCode).toBe(204);
    expect((await call(session, "GET", "/api/me")).json()).toMatchObject({ language: "es", version: 2 });
  });

  it("changes the password only with the current one, under the password rule, and ends the other sessions", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "pm");
    const here = await signIn(test, user);
    const elsewhere = await signIn(test, user);

    const wrong = await call(here, "POST", "/api/me/password", {
      currentPassword: "not it at all",
      newPassword: "amber kettle fjord",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      expect.objectContaining({ field: "currentPassword", code: "currentPasswordWrong" }),
    ]);

    const weak = await call(here, "POST", "/api/me/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "password1234",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      expect.objectContaining({ field: "newPassword", code: "passwordWeak" }),
    ]);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);

    const changed = await call(here, "POST", "/api/me/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "amber kettle fjord",
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await call(here, "GET", "/api/me")).statusCode).toBe(200);
    expect((await call(elsewhere, "GET", "/api/me")).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, "amber kettle fjord")).statusCode).toBe(200);
  });

  it("counts wrong current passwords like failed sign-ins, so an open session cannot guess the password", async () => {
    test = await startTestApp(kind, { LOGIN_ACCOUNT_FAILURES: "2" });
    const user = await buildUser(test.database.db, "pm");
    const session = await signIn(test, user);
    const attempt = () =>
      call(session, "POST", "/api/me/password", {
        currentPassword: "a guess",
        newPassword: "amber kettle fjord",
      });
    expect((await attempt()).statusCode).toBe(400);
    expect((await attempt()).statusCode).toBe(400);
    const locked = await attempt();
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["retry-after"]).toBeDefined();
  });

  it("lists the person's sessions with their browser, and signs out the others", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "viewer");
    const other = await buildUser(test.database.db, "viewer");
    await signIn(test, other);
    const phone = await login(user.email, TEST_PASSWORD, "Phone browser");
    const laptop = await login(user.email, TEST_PASSWORD, "Laptop browser");
    const headers = (response: typeof laptop) => ({
      cookie: `prima_session=${response.cookies.find((c) => c.name === "prima_session")?.value}`,
      "x-csrf-token": response.json().csrfToken,
    });
    const mine = await test.app.inject({ method: "GET", url: "/api/me/sessions", headers: headers(laptop) });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toHaveLength(2);
    expect(mine.json().find((s: { current: boolean }) => s.current)).toMatchObject({
      userAgent: "Laptop browser",
    });
    expect(mine.json().find((s: { current: boolean }) => !s.current)).toMatchObject({
      userAgent: "Phone browser",
    });
    expect(mine.body).not.toContain("csrf");

    const ended = await test.app.inject({
      method: "DELETE",
      url: "/api/me/sessions/others",
      headers: headers(laptop),
    });
    expect(ended.json()).toEqual({ ended: 1 });
    expect(
      (await test.app.inject({ method: "GET", url: "/api/me", headers: headers(phone) })).statusCode,
    ).toBe(401);
    expect(
      (await test.app.inject({ method: "GET", url: "/api/me", headers: headers(laptop) })).statusCode,
    ).toBe(200);
    const after = await test.app.inject({ method: "GET", url: "/api/me/sessions", headers: headers(laptop) });
    expect(after.json()).toHaveLength(1);
  });

  it("answers 401 to someone not signed in, for every profile route", async () => {
    test = await startTestApp(kind);
    const answers = await Promise.all([
      call(null, "PATCH", "/api/me", { version: 1, name: "X", language: null }),
      call(null, "PUT", "/api/me/language", { language: "fr" }),
      call(null, "POST", "/api/me/password", { currentPassword: "a", newPassword: "b" }),
      call(null, "GET", "/api/me/sessions"),
      call(null, "DELETE", "/api/me/sessions/others"),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401]);
  });

  it("writes each person's e-mails in the language of their profile", async () => {
    const smtp = await startSmtp();
    try {
      test = await startTestApp(kind, { SMTP_URL: smtp.url });
      const db = test.database.db;
      const pm = await signIn(test, await buildUser(db, "pm"));
      const spanish = await signIn(test, await buildUser(db, "reviewer", "WCA"));
      const english = await buildUser(db, "reviewer", "WCA");
      expect((await call(spanish, "PUT", "/api/me/language", { language: "es" })).statusCode).toBe(204);
      const project = await createProjectAs(test, pm);
      expect((await fire(test, pm, project.id, "submit")).statusCode).toBe(200);
      const mailTo = async (email: string) => {
        const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
        return row;
      };
      const toSpanish = await mailTo(spanish.user.email);
      expect(toSpanish?.bodyText).toContain("Estimado/a");
      expect(toSpanish?.bodyText).toContain("presentó");
      expect(toSpanish?.subject).toContain("presentado");
      const toEnglish = await mailTo(english.email);
      expect(toEnglish?.bodyText).toContain("Dear ");
      expect(toEnglish?.subject).toContain("submitted");
      // And both really leave over SMTP.
      const received = await smtp.waitFor(2);
      expect(received.flatMap((m) => m.to)).toEqual(
        expect.arrayContaining([spanish.user.email, english.email]),
      );
    } finally {
      await smtp.close();
    }
  });
});

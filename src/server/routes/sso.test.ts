/**
 * Single sign-on over HTTP, against a real OpenID Connect provider on loopback: who gets in, who is
 * created, and every refusal landing on the sign-in page with its reason.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../e2e/server";
import { buildUser, signIn, TEST_PASSWORD } from "../../../test/factories";
import { signInAtProvider, startProvider, type TestProvider } from "../../../test/oidcProvider";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { auditEvents, mailOutbox, sessions, users } from "../db/schema";

const PUBLIC_URL = "http://prima.test";
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

describe.each(databaseKinds())("single sign-on, on %s", (kind) => {
  let provider: TestProvider;
  let test: TestApp;
  beforeAll(async () => {
    provider = await startProvider([CALLBACK]);
  });
  afterAll(() => provider?.close());
  afterEach(() => test?.close());

  const start = (settings: Record<string, string> = {}) =>
    startTestApp(kind, {
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: "Test Provider",
      ...settings,
    });

  /** Leaves for the provider, signs in there as `login`, and comes back: PRIMA's answer. */
  async function throughProvider(login: string, next = "/projects") {
    const leaving = await test.app.inject({ method: "GET", url: `/api/auth/oidc/start?next=${next}` });
    expect(leaving.statusCode, leaving.body).toBe(303);
    const cookie = leaving.cookies.find((c) => c.name === "prima_sso");
    expect(cookie).toMatchObject({ httpOnly: true, path: "/api/auth/oidc", sameSite: "Lax" });
    const back = await signInAtProvider(leaving.headers.location as string, login);
    expect(back.href.startsWith(CALLBACK)).toBe(true);
    const callbackPath = `${back.pathname}${back.search}`;
    const ssoCookie = `prima_sso=${cookie?.value}`;
    const answer = await test.app.inject({
      method: "GET",
      url: callbackPath,
      headers: { cookie: ssoCookie, "user-agent": "SSO browser" },
    });
    return { answer, callbackPath, ssoCookie };
  }

  const sessionOf = (answer: { cookies: { name: string; value: string }[] }) => {
    const session = answer.cookies.find((c) => c.name === "prima_session");
    return session ? `prima_session=${session.value}` : null;
  };
  const me = (cookie: string | null) =>
    test.app.inject({ method: "GET", url: "/api/me", headers: cookie ? { cookie } : {} });
  const refusal = (answer: { statusCode: number; headers: Record<string, unknown> }) => {
    expect(answer.statusCode).toBe(303);
    return String(answer.headers.location);
  };

  it("tells the sign-in page what to offer, and offers nothing when single sign-on is not configured", async () => {
    test = await startTestApp(kind);
    expect((await test.app.inject({ method: "GET", url: "/api/auth/options" })).json()).toEqual({
      passwordLogin: true,
      sso: null,
    });
    expect((await test.app.inject({ method: "GET", url: "/api/auth/oidc/start" })).statusCode).toBe(404);
    await test.close();
    test = await start();
    expect((await test.app.inject({ method: "GET", url: "/api/auth/options" })).json()).toEqual({
      passwordLogin: true,
      sso: { name: "Test Provider" },
    });
  });

  it("signs an existing person in with the same kind of session as a password, and audits it", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const { answer } = await throughProvider(person.email);
    expect(answer.headers.location).toBe("/projects");
    expect(answer.cookies.find((c) => c.name === "prima_sso")?.value).toBe("");
    const cookie = sessionOf(answer);
    const who = await me(cookie);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ email: person.email, role: "pm" });
    // The same CSRF protection as a password session: a change needs the token.
    const change = { version: 1, name: "Renamed", language: "fr" };
    const without = await test.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie: cookie ?? "" },
      payload: change,
    });
    expect(without.statusCode).toBe(403);
    const withToken = await test.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie: cookie ?? "", "x-csrf-token": who.json().csrfToken },
      payload: change,
    });
    expect(withToken.statusCode, withToken.body).toBe(200);
    const [session] = await test.database.db.select().from(sessions).where(eq(sessions.userId, person.id));
    expect(session).toMatchObject({ userAgent: "SSO browser" });
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, person.id), eq(auditEvents.action, "signIn")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ via: "sso", issuer: provider.issuer });
  });

  it("creates an unknown person at first sign-in with the default role and the provider's name", async () => {
    test = await start({ OIDC_DEFAULT_ROLE: "pm" });
    provider.people.set("Amina.Diallo@org.example", { name: "Amina Diallo" });
    const { answer } = await throughProvider("Amina.Diallo@org.example", "//evil.example");
    expect(answer.headers.location).toBe("/");
    expect((await me(sessionOf(answer))).json()).toMatchObject({
      email: "amina.diallo@org.example",
      role: "pm",
      region: null,
    });
    const [created] = await test.database.db
      .select()
      .from(users)
      .where(eq(users.email, "amina.diallo@org.example"));
    expect(created?.name).toBe("Amina Diallo");
    const audit = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, created?.id ?? ""), eq(auditEvents.action, "create")));
    expect(audit[0]?.after).toMatchObject({ role: "pm", via: "sso" });
  });

  it("refuses an unknown person when auto-creation is off, and creates nobody", async () => {
    test = await start({ OIDC_AUTO_CREATE: "false" });
    const { answer } = await throughProvider("stranger@org.example");
    expect(refusal(answer)).toBe("/login?sso=ssoNoAccount");
    expect(sessionOf(answer)).toBeNull();
    expect(
      await test.database.db.select().from(users).where(eq(users.email, "stranger@org.example")),
    ).toEqual([]);
  });

  it("refuses a deactivated person", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "viewer");
    await test.database.db.update(users).set({ active: false }).where(eq(users.id, person.id));
    const { answer } = await throughProvider(person.email);
    expect(refusal(answer)).toBe("/login?sso=ssoAccountInactive");
    expect(sessionOf(answer)).toBeNull();
  });

  it("matches only a verified e-mail address; OIDC_TRUST_EMAIL accepts one sent without the claim", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "fund_manager");
    provider.people.set(person.email, { email_verified: false });
    expect(refusal((await throughProvider(person.email)).answer)).toBe("/login?sso=ssoEmailUnverified");
    provider.people.set(person.email, { email_verified: "absent" });
    expect(refusal((await throughProvider(person.email)).answer)).toBe("/login?sso=ssoEmailUnverified");
    await test.close();

    test = await start({ OIDC_TRUST_EMAIL: "true" });
    const other = await buildUser(test.database.db, "fund_manager");
    provider.people.set(other.email, { email_verified: "absent" });
    const { answer } = await throughProvider(other.email);
    expect((await me(sessionOf(answer))).json()).toMatchObject({ email: other.email });
    // An explicit "not verified" stays a refusal even when addresses are trusted.
    provider.people.set(other.email, { email_verified: false });
    expect(refusal((await throughProvider(other.email)).answer)).toBe("/login?sso=ssoEmailUnverified");
  });

  it("refuses a tampered state, a missing or altered cookie and a replayed answer", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const { callbackPath, ssoCookie } = await throughProvider(person.email);
    const callback = (url: string, cookie?: string) =>
      test.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

    // The answer above already used the code: replaying it (with its cookie) opens nothing.
    const replayed = await callback(callbackPath, ssoCookie);
    expect(refusal(replayed)).toBe("/login?sso=ssoProviderError");
    expect(sessionOf(replayed)).toBeNull();

    const leaving = await test.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    const cookie = `prima_sso=${leaving.cookies.find((c) => c.name === "prima_sso")?.value}`;
    const back = await signInAtProvider(leaving.headers.location as string, person.email);
    const tampered = new URL(back);
    tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
    expect(refusal(await callback(`${tampered.pathname}${tampered.search}`, cookie))).toBe(
      "/login?sso=ssoStateInvalid",
    );
    const path = `${back.pathname}${back.search}`;
    expect(refusal(await callback(path))).toBe("/login?sso=ssoStateInvalid");
    const [payload] = cookie.slice("prima_sso=".length).split(".");
    expect(refusal(await callback(path, `prima_sso=${payload}.forged`))).toBe("/login?sso=ssoStateInvalid");
    // A cookie that went stale at the provider (longer than its ten minutes).
    test.clock.now = new Date(test.clock.now.getTime() + 11 * 60_000);
    expect(refusal(await callback(path, cookie))).toBe("/login?sso=ssoStateInvalid");
    expect(await test.database.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(
      1,
    );
  });

  it("completes a pending invitation: the invitation's link no longer works", async () => {
    test = await start();
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const invited = await test.app.inject({
      method: "POST",
      url: "/api/users/invite",
      headers: admin.headers,
      payload: { email: "new.colleague@org.example", name: "New Colleague", role: "reviewer", region: "WCA" },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = String(invited.json().inviteUrl).split("#")[1];
    const link = () => test.app.inject({ method: "POST", url: "/api/auth/link", payload: { token } });
    expect((await link()).statusCode).toBe(200);

    const { answer } = await throughProvider("new.colleague@org.example");
    expect((await me(sessionOf(answer))).json()).toMatchObject({ role: "reviewer", region: "WCA" });
    expect((await link()).statusCode).toBe(400);
    const [accepted] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, invited.json().id), eq(auditEvents.action, "acceptInvitation")));
    expect(accepted?.after).toEqual({ via: "sso" });
  });

  it("with PASSWORD_LOGIN=false refuses passwords (403 passwordLoginOff) and still signs in by the provider", async () => {
    test = await start({ PASSWORD_LOGIN: "false" });
    const person = await buildUser(test.database.db, "pm");
    expect((await test.app.inject({ method: "GET", url: "/api/auth/options" })).json()).toEqual({
      passwordLogin: false,
      sso: { name: "Test Provider" },
    });
    for (const [url, payload] of [
      ["/api/auth/login", { email: person.email, password: TEST_PASSWORD }],
      ["/api/auth/password-reset", { email: person.email }],
      ["/api/auth/set-password", { token: "x".repeat(43), password: "a new long passphrase" }],
    ] as const) {
      const refused = await test.app.inject({ method: "POST", url, payload });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().fields).toEqual([expect.objectContaining({ code: "passwordLoginOff" })]);
    }
    const { answer } = await throughProvider(person.email);
    expect((await me(sessionOf(answer))).statusCode).toBe(200);
  });

  it("invites without a password to choose when single sign-on is the only way in", async () => {
    // The outbox keeps what was queued whether or not this port answers.
    test = await start({ PASSWORD_LOGIN: "false", SMTP_URL: "smtp://127.0.0.1:9" });
    const admin = await buildUser(test.database.db, "admin");
    const cookie = sessionOf((await throughProvider(admin.email)).answer) as string;
    const csrf = (await me(cookie)).json().csrfToken as string;
    const invited = await test.app.inject({
      method: "POST",
      url: "/api/users/invite",
      headers: { cookie, "x-csrf-token": csrf },
      payload: { email: "sso.only@org.example", name: "Sso Only", role: "viewer", region: null },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const [mail] = await test.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "sso.only@org.example"));
    expect(mail?.bodyText).toContain(
      "Sign in with your Test Provider account: there is no password to choose.",
    );
    expect(mail?.bodyText).toContain(`${PUBLIC_URL}/login`);
    expect(mail?.bodyText).not.toContain("Choose your password");
    expect(mail?.bodyText).not.toContain("/set-password");
  });

  it("says both ways in an invitation when passwords and single sign-on are both on", async () => {
    test = await start({ SMTP_URL: "smtp://127.0.0.1:9" });
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const invited = await test.app.inject({
      method: "POST",
      url: "/api/users/invite",
      headers: admin.headers,
      payload: { email: "both.ways@org.example", name: "Both Ways", role: "viewer", region: null },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const [mail] = await test.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "both.ways@org.example"));
    expect(mail?.bodyText).toContain(`Choose your password: ${PUBLIC_URL}/set-password#`);
    expect(mail?.bodyText).toContain(`Or sign in with your Test Provider account: ${PUBLIC_URL}/login`);
  });

  it("sends the browser back to the sign-in page when the provider cannot be reached", async () => {
    test = await start({ OIDC_ISSUER: `http://127.0.0.1:${await freePort()}` });
    const leaving = await test.app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    expect(refusal(leaving)).toBe("/login?sso=ssoProviderError");
  });
});

/** Two-factor sign-in over HTTP: set up, sign in in two steps, recovery codes, turning off, the administrator's rule. */
import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn, TEST_PASSWORD, type TestUser } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { auditEvents, recoveryCodes, twoFactor } from "../db/schema";

/** What the person's authenticator app shows at `at` (the defaults every app uses). */
function codeAt(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
}

describe.each(databaseKinds())("two-factor sign-in, on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const call = (
    session: Session | null,
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: object,
  ) => test.app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
  const login = (email: string, password = TEST_PASSWORD) =>
    test.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  const secondStep = (pendingToken: string, code: string) =>
    test.app.inject({ method: "POST", url: "/api/auth/login/two-factor", payload: { pendingToken, code } });
  const later = (seconds: number) => {
    test.clock.now = new Date(test.clock.now.getTime() + seconds * 1000);
  };

  /** Sets two-factor up for a signed-in person; gives the secret and the recovery codes. */
  async function enrol(session: Session) {
    const setup = await call(session, "POST", "/api/me/two-factor/setup");
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret } = setup.json() as { secret: string };
    const confirmed = await call(session, "POST", "/api/me/two-factor/confirm", {
      code: codeAt(secret, test.clock.now),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    return { secret, recoveryCodes: confirmed.json().recoveryCodes as string[] };
  }

  async function passwordStep(user: TestUser) {
    const answer = await login(user.email);
    expect(answer.statusCode, answer.body).toBe(202);
    expect(answer.cookies.find((c) => c.name === "prima_session")).toBeUndefined();
    return answer.json().pendingToken as string;
  }

  it("sets up with a QR code and the secret as text, switches on only with a right code, and shows 10 recovery codes once", async () => {
    test = await startTestApp(kind);
    const session = await signIn(test, await buildUser(test.database.db, "pm"));
    expect((await call(session, "GET", "/api/me/two-factor")).json()).toEqual({
      enabled: false,
      recoveryCodesLeft: 0,
      required: false,
    });

    const setup = await call(session, "POST", "/api/me/two-factor/setup");
    const { secret, otpauthUrl, qrCode } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/PRIMA:.*secret=/);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);

    const wrong = await call(session, "POST", "/api/me/two-factor/confirm", { code: "000000" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      expect.objectContaining({ field: "code", code: "twoFactorCodeWrong" }),
    ]);
    const malformed = await call(session, "POST", "/api/me/two-factor/confirm", { code: "12ab" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields[0].field).toBe("code");
    expect((await call(session, "GET", "/api/me/two-factor")).json().enabled).toBe(false);

    const confirmed = await call(session, "POST", "/api/me/two-factor/confirm", {
      code: codeAt(secret, test.clock.now),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const codes = confirmed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const status = await call(session, "GET", "/api/me/two-factor");
    expect(status.json()).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    // Never again: neither the secret nor the codes are readable, nor stored as they are.
    expect(status.body).not.toContain(secret);
    const again = await call(session, "POST", "/api/me/two-factor/setup");
    expect(again.statusCode).toBe(409);
    const stored = JSON.stringify([
      await test.database.db.select().from(twoFactor),
      await test.database.db.select().from(recoveryCodes),
    ]);
    expect(stored).not.toContain(secret);
    for (const code of codes) expect(stored).not.toContain(code);
  });

  it("asks for the code after a correct password, opens the session with it, and refuses the same code twice", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "pm");
    const { secret } = await enrol(await signIn(test, user));
    later(60);

    const pendingToken = await passwordStep(user);
    const wrong = await secondStep(pendingToken, "123456");
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0].code).toBe("twoFactorCodeWrong");
    // The code of the previous step is still accepted: phones' clocks drift.
    const code = codeAt(secret, new Date(test.clock.now.getTime() - 30_000));
    const done = await secondStep(pendingToken, code);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ email: user.email, twoFactorSetupPending: false });
    const cookie = done.cookies.find((c) => c.name === "prima_session");
    expect(cookie).toBeDefined();
    const me = await test.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: `prima_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);

    // The pending sign-in worked once; the code, seen over a shoulder, does not work again.
    expect((await secondStep(pendingToken, codeAt(secret, test.clock.now))).statusCode).toBe(401);
    const another = await passwordStep(user);
    expect((await secondStep(another, code)).statusCode).toBe(400);
    // Two steps away is too far.
    expect(
      (await secondStep(another, codeAt(secret, new Date(test.clock.now.getTime() + 90_000)))).statusCode,
    ).toBe(400);
    later(30);
    expect((await secondStep(another, codeAt(secret, test.clock.now))).statusCode).toBe(200);
  });

  it("a pending sign-in lasts five minutes", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "pm");
    const { secret } = await enrol(await signIn(test, user));
    later(60);
    const pendingToken = await passwordStep(user);
    later(5 * 60 + 1);
    const expired = await secondStep(pendingToken, codeAt(secret, test.clock.now));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().message).toContain("sign in again");
    expect((await secondStep("made-up", codeAt(secret, test.clock.now))).statusCode).toBe(401);
  });

  it("a recovery code signs in once, typed in any case and with spaces", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "pm");
    const session = await signIn(test, user);
    const { recoveryCodes: codes } = await enrol(session);
    const [first, second] = codes as [string, string];

    const done = await secondStep(await passwordStep(user), ` ${first.toUpperCase()} `);
    expect(done.statusCode, done.body).toBe(200);
    expect((await secondStep(await passwordStep(user), first)).statusCode).toBe(400);
    expect((await secondStep(await passwordStep(user), second.replaceAll("-", ""))).statusCode).toBe(200);
    expect((await call(session, "GET", "/api/me/two-factor")).json().recoveryCodesLeft).toBe(8);
  });

  it("wrong codes count as failed sign-ins: past the limit even the right code waits", async () => {
    test = await startTestApp(kind, { LOGIN_ACCOUNT_FAILURES: "3" });
    const user = await buildUser(test.database.db, "pm");
    const { secret } = await enrol(await signIn(test, user));
    later(60);
    const pendingToken = await passwordStep(user);
    for (const code of ["111111", "222222", "333333"]) {
      expect((await secondStep(pendingToken, code)).statusCode).toBe(400);
    }
    const locked = await secondStep(pendingToken, codeAt(secret, test.clock.now));
    expect(locked.statusCode).toBe(429);
    expect(locked.json().fields[0].code).toBe("signInLocked");
    expect((await login(user.email)).statusCode).toBe(429);
  });

  it("new recovery codes need a code from the app; turning off needs the password and a code", async () => {
    test = await startTestApp(kind);
    const user = await buildUser(test.database.db, "pm");
    const session = await signIn(test, user);
    const { secret, recoveryCodes: oldCodes } = await enrol(session);
    later(30);

    expect(
      (await call(session, "POST", "/api/me/two-factor/recovery-codes", { code: "000000" })).statusCode,
    ).toBe(400);
    const renewed = await call(session, "POST", "/api/me/two-factor/recovery-codes", {
      code: codeAt(secret, test.clock.now),
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    expect((await secondStep(await passwordStep(user), oldCodes[0] as string)).statusCode).toBe(400);

    later(30);
    const code = codeAt(secret, test.clock.now);
    const badPassword = await call(session, "POST", "/api/me/two-factor/disable", {
      password: "not mine at all",
      code,
    });
    expect(badPassword.statusCode).toBe(400);
    expect(badPassword.json().fields[0]).toMatchObject({ field: "password", code: "currentPasswordWrong" });
    const badCode = await call(session, "POST", "/api/me/two-factor/disable", {
      password: TEST_PASSWORD,
      code: "000000",
    });
    expect(badCode.statusCode).toBe(400);
    expect((await call(session, "GET", "/api/me/two-factor")).json().enabled).toBe(true);

    const off = await call(session, "POST", "/api/me/two-factor/disable", { password: TEST_PASSWORD, code });
    expect(off.statusCode, off.body).toBe(204);
    expect((await login(user.email)).statusCode).toBe(200);
    const audit = await test.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(["enableTwoFactor", "regenerateRecoveryCodes", "disableTwoFactor"]),
    );
  });

  it("when an administrator requires it, a fund manager without it is held at setup by the server until enrolled", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const admin = await signIn(test, await buildUser(db, "admin"));
    const fundUser = await buildUser(db, "fund_manager");
    const pm = await buildUser(db, "pm");
    // An API token made before the rule is not held: integrations have no screen to set up on.
    const fundBefore = await signIn(test, fundUser);
    const token = (
      await call(fundBefore, "POST", "/api/me/tokens", { name: "Finance", scope: "read", days: null })
    ).json().token as string;

    expect((await call(admin, "GET", "/api/admin/two-factor")).json()).toEqual({ required: false });
    const set = await call(admin, "PUT", "/api/admin/two-factor", { required: true });
    expect(set.statusCode, set.body).toBe(200);
    expect((await call(admin, "PUT", "/api/admin/two-factor", { required: "yes" })).statusCode).toBe(400);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, "two_factor_required"));
    expect(audit).toEqual([expect.objectContaining({ action: "update", after: { required: true } })]);

    const held = await signIn(test, fundUser);
    expect((await call(held, "GET", "/api/me")).json()).toMatchObject({ twoFactorSetupPending: true });
    const refused = await call(held, "GET", "/api/projects");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().fields[0].code).toBe("twoFactorSetupRequired");
    expect((await call(held, "POST", "/api/projects", {})).statusCode).toBe(403);
    expect((await call(held, "GET", "/api/me/two-factor")).json()).toMatchObject({
      required: true,
      enabled: false,
    });
    const bearer = await test.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.statusCode).toBe(200);
    // A PM is not concerned.
    const pmSession = await signIn(test, pm);
    expect((await call(pmSession, "GET", "/api/projects")).statusCode).toBe(200);

    const { secret } = await enrol(held);
    expect((await call(held, "GET", "/api/projects")).statusCode).toBe(200);
    expect((await call(held, "GET", "/api/me")).json().twoFactorSetupPending).toBe(false);
    // Required: it may not be turned off.
    later(30);
    const off = await call(held, "POST", "/api/me/two-factor/disable", {
      password: TEST_PASSWORD,
      code: codeAt(secret, test.clock.now),
    });
    expect(off.statusCode).toBe(403);
    expect(off.json().fields[0].code).toBe("twoFactorRequired");
  });

  it("an administrator resets a person's two-factor after a lost phone; others may not", async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    const adminUser = await buildUser(db, "admin");
    const admin = await signIn(test, adminUser);
    const fundUser = await buildUser(db, "fund_manager");
    const fund = await signIn(test, fundUser);
    await enrol(fund);
    const other = await signIn(test, await buildUser(db, "pm"));

    expect((await call(other, "DELETE", `/api/users/${fundUser.id}/two-factor`)).statusCode).toBe(403);
    expect(
      (await call(admin, "DELETE", "/api/users/00000000-0000-4000-8000-000000000000/two-factor")).statusCode,
    ).toBe(404);
    await call(admin, "PUT", "/api/admin/two-factor", { required: true });
    const reset = await call(admin, "DELETE", `/api/users/${fundUser.id}/two-factor`);
    expect(reset.statusCode, reset.body).toBe(204);

    // Required for their role: the open session is held at setup, and so is a new sign-in.
    expect((await call(fund, "GET", "/api/projects")).statusCode).toBe(403);
    const signedIn = await login(fundUser.email);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().twoFactorSetupPending).toBe(true);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, fundUser.id));
    expect(audit).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: "resetTwoFactor", actorId: adminUser.id })]),
    );
  });
});

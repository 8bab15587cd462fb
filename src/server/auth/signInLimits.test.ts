/**
 * Sign-in limits as an office and an attacker meet them: successes never count, failures count per
 * account and per address, the refusal says when to come back, and every server agrees.
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, TEST_PASSWORD } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { buildApp } from "../app";
import { loadConfig } from "../config";
import { createContext } from "../start";

const OFFICE = "198.51.100.7";
const ELSEWHERE = "203.0.113.9";

describe.each(databaseKinds())("sign-in limits on %s", (kind) => {
  let test: TestApp;
  afterEach(() => test?.close());

  const start = (env: Record<string, string> = {}) =>
    startTestApp(kind, {
      LOGIN_ACCOUNT_FAILURES: "3",
      LOGIN_ADDRESS_FAILURES: "6",
      LOGIN_FAILURE_WINDOW_MINUTES: "15",
      ...env,
    });

  const login = (app: TestApp["app"], email: string, password: string, address = OFFICE) =>
    app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      remoteAddress: address,
    });

  it("lets a whole office behind one address sign in, however many times (successes do not count)", async () => {
    // The default request limit, as a country office would have it (the tests' own is far higher).
    test = await startTestApp(kind, {
      LOGIN_RATE_LIMIT: String(loadConfig({}).loginRateLimit),
      LOGIN_ACCOUNT_FAILURES: "3",
      LOGIN_ADDRESS_FAILURES: "6",
    });
    const staff = await Promise.all(Array.from({ length: 8 }, () => buildUser(test.database.db, "pm")));
    const codes: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const person of staff) codes.push((await login(test.app, person.email, TEST_PASSWORD)).statusCode);
    }
    expect(codes).toHaveLength(32);
    expect(new Set(codes)).toEqual(new Set([200]));
  });

  it("makes an account wait after its failures, even with the right password, and says for how long", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const colleague = await buildUser(test.database.db, "pm");
    const failures = [];
    for (let i = 0; i < 3; i++)
      failures.push((await login(test.app, person.email, `wrong guess ${i}`)).statusCode);
    expect(failures).toEqual([401, 401, 401]);

    const locked = await login(test.app, person.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["retry-after"]).toBe(String(15 * 60));
    expect(locked.json()).toMatchObject({
      error: "rate_limited",
      fields: [{ code: "signInLocked", params: { minutes: 15 } }],
    });
    expect(locked.cookies).toHaveLength(0);
    expect(locked.body).not.toContain("at ");

    // Others at the same address are not held up by one person's failures.
    expect((await login(test.app, colleague.email, TEST_PASSWORD)).statusCode).toBe(200);

    // Later, the wait shrinks with the clock, and ends when the failures leave the window.
    test.clock.now = new Date(test.clock.now.getTime() + 10 * 60_000);
    const later = await login(test.app, person.email, TEST_PASSWORD);
    expect(later.statusCode).toBe(429);
    expect(later.headers["retry-after"]).toBe(String(5 * 60));
    test.clock.now = new Date(test.clock.now.getTime() + 5 * 60_000 + 1000);
    expect((await login(test.app, person.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("forgets an account's failures when it signs in", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const codes: number[] = [];
    for (const password of ["typo 1", "typo 2", TEST_PASSWORD, "typo 3", "typo 4", TEST_PASSWORD]) {
      codes.push((await login(test.app, person.email, password)).statusCode);
    }
    expect(codes).toEqual([401, 401, 200, 401, 401, 200]);
  });

  it("treats an unknown e-mail like a known one, so the limit reveals nobody", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const answers = async (email: string) => {
      const out: Array<[number, string | undefined]> = [];
      for (let i = 0; i < 4; i++) {
        const response = await login(test.app, email, `guess ${i}`, ELSEWHERE);
        out.push([response.statusCode, response.headers["retry-after"] as string | undefined]);
      }
      return out;
    };
    const known = await answers(person.email);
    test.clock.now = new Date(test.clock.now.getTime() + 16 * 60_000);
    const unknown = await answers("nobody.here@example.org");
    expect(known).toEqual(unknown);
    expect(known.map(([code]) => code)).toEqual([401, 401, 401, 429]);
  });

  it("stops a guesser spraying many accounts from one address, and only that address", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await login(test.app, `sprayed.${i}@example.org`, "Summer2026!")).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 401]);
    const fromThere = await login(test.app, person.email, TEST_PASSWORD);
    expect(fromThere.statusCode).toBe(429);
    expect(Number(fromThere.headers["retry-after"])).toBeGreaterThan(0);
    expect((await login(test.app, person.email, TEST_PASSWORD, ELSEWHERE)).statusCode).toBe(200);
  });

  it("counts the same failures on every server of the same database", async () => {
    test = await start();
    const person = await buildUser(test.database.db, "pm");
    const second = await buildApp(await createContext(test.ctx.config, test.database, () => test.clock.now), {
      logger: false,
    });
    try {
      expect((await login(test.app, person.email, "first server guess")).statusCode).toBe(401);
      expect((await login(second, person.email, "second server guess")).statusCode).toBe(401);
      expect((await login(test.app, person.email, "first server again")).statusCode).toBe(401);
      expect((await login(second, person.email, TEST_PASSWORD)).statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });
});

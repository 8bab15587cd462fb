/**
 * Who may use the single sign-on routes, as a matrix of callers × actions: they are the way in,
 * so every caller (signed in or not) gets the same answer, and with PASSWORD_LOGIN=false nobody
 * gets past the password routes. The provider here is unreachable: what is checked is the
 * answer's kind, not a sign-in (sso.test.ts signs in against a real provider).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../e2e/server";
import { buildUser, type Session, signIn, TEST_PASSWORD } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { buildApp } from "../app";
import { loadConfig } from "../config";

const CALLERS = ["pm", "reviewer", "fund_manager", "viewer", "admin", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

const ACTIONS = ["readSignInOptions", "startSso", "returnFromProvider", "passwordSignIn"] as const;
type Action = (typeof ACTIONS)[number];

/** The same for every caller: the routes are public, and passwords are off in this installation. */
const EXPECTED: Record<Action, { status: number; location?: string }> = {
  readSignInOptions: { status: 200 },
  startSso: { status: 303, location: "/login?sso=ssoProviderError" },
  returnFromProvider: { status: 303, location: "/login?sso=ssoStateInvalid" },
  passwordSignIn: { status: 403 },
};

describe.each(databaseKinds())("single sign-on routes × callers, on %s", (kind) => {
  let test: TestApp;
  const sessions = new Map<Caller, Session | null>();
  beforeAll(async () => {
    // Passwords on to sign the callers in, then the same database served with passwords off.
    test = await startTestApp(kind);
    for (const caller of CALLERS) {
      sessions.set(
        caller,
        caller === "anonymous"
          ? null
          : await signIn(
              test,
              await buildUser(test.database.db, caller, caller === "reviewer" ? "WCA" : null),
            ),
      );
    }
    const config = loadConfig({
      LOG_LEVEL: "silent",
      PRIMA_DEMO: "false",
      DATA_DIR: test.dataDir,
      OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`,
      OIDC_CLIENT_ID: "prima",
      OIDC_CLIENT_SECRET: "secret",
      PASSWORD_LOGIN: "false",
    });
    const app = await buildApp({ ...test.ctx, config }, { logger: false });
    const close = test.close;
    test = {
      ...test,
      app,
      close: async () => {
        await app.close();
        await close();
      },
    };
  });
  afterAll(() => test?.close());

  const attempt = (action: Action, session: Session | null) => {
    const headers = session?.headers ?? {};
    switch (action) {
      case "readSignInOptions":
        return test.app.inject({ method: "GET", url: "/api/auth/options", headers });
      case "startSso":
        return test.app.inject({ method: "GET", url: "/api/auth/oidc/start", headers });
      case "returnFromProvider":
        return test.app.inject({ method: "GET", url: "/api/auth/oidc/callback?code=c&state=s", headers });
      case "passwordSignIn":
        return test.app.inject({
          method: "POST",
          url: "/api/auth/login",
          headers,
          payload: { email: session?.user.email ?? "nobody@test.example.org", password: TEST_PASSWORD },
        });
    }
  };

  for (const action of ACTIONS) {
    for (const caller of CALLERS) {
      it(`${caller} → ${action}: ${EXPECTED[action].status}`, async () => {
        const answer = await attempt(action, sessions.get(caller) ?? null);
        expect(answer.statusCode, answer.body).toBe(EXPECTED[action].status);
        if (EXPECTED[action].location) expect(answer.headers.location).toBe(EXPECTED[action].location);
      });
    }
  }
});

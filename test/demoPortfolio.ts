/**
 * Signing in as one of the demo's people, for the tests that compare what the API answers on the
 * demo portfolio with hand-written SQL over the same data (test/sqlRows.ts).
 */
import { expect } from "vitest";
import { DEMO_PASSWORD } from "../src/server/demo";
import type { TestApp } from "./testApp";

export type Headers = Record<string, string>;

/** The session cookie and CSRF token of a demo person (they all share the demo password). */
export async function signInDemo(test: TestApp, email: string): Promise<Headers> {
  const response = await test.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === "prima_session");
  return { cookie: `prima_session=${cookie?.value}`, "x-csrf-token": response.json().csrfToken as string };
}

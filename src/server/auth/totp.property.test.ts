/**
 * The code rule, for any secret and any moment: the app's code of now, of the step before and of
 * the step after is accepted once; two steps away is not; once a step is used, its code and every
 * older one are refused (replay).
 */
import fc from "fast-check";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { acceptedStep } from "./totp";

const STEP_MS = 30_000;
const secrets = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .map((bytes) => new Secret({ buffer: bytes.buffer as ArrayBuffer }).base32);
// Any moment between 2020 and 2040.
const moments = fc.integer({ min: 1_577_836_800_000, max: 2_208_988_800_000 }).map((ms) => new Date(ms));
const codeAt = (secret: string, ms: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });
const stepOf = (ms: number) => Math.floor(ms / STEP_MS);

describe("a code from the authenticator app", () => {
  it("works within one step either side, once, and never after a later one", () => {
    fc.assert(
      fc.property(secrets, moments, fc.constantFrom(-1, 0, 1), (secret, now, offset) => {
        const madeAt = now.getTime() + offset * STEP_MS;
        const code = codeAt(secret, madeAt);
        const step = acceptedStep(secret, code, now, null);
        // Another step may share the code (1 in a million): it is then still within the window.
        expect(step).not.toBeNull();
        expect(Math.abs((step ?? 0) - stepOf(now.getTime()))).toBeLessThanOrEqual(1);
        expect(acceptedStep(secret, code, now, step)).toBeNull();
        expect(acceptedStep(secret, code, now, stepOf(now.getTime()) + 1)).toBeNull();
      }),
    );
  });

  it("is refused two steps or more away, unless it happens to equal a code inside the window", () => {
    fc.assert(
      fc.property(
        secrets,
        moments,
        fc.integer({ min: 2, max: 100 }),
        fc.boolean(),
        (secret, now, steps, past) => {
          const code = codeAt(secret, now.getTime() + (past ? -steps : steps) * STEP_MS);
          const inWindow = [-1, 0, 1].map((k) => codeAt(secret, now.getTime() + k * STEP_MS));
          fc.pre(!inWindow.includes(code));
          expect(acceptedStep(secret, code, now, null)).toBeNull();
        },
      ),
    );
  });
});

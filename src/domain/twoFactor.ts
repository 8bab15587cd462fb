/**
 * Two-factor sign-in: a code from any authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 s
 * steps, the defaults every app reads) or a one-time recovery code. The schemas here are the API's
 * and the forms'; the rules are pure so that they can be tested on their own.
 */
import { z } from "zod";
import { type FieldError, Refused } from "./errors";
import type { Role } from "./roles";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** A code of the step before or after is accepted too: phones' clocks drift, people type slowly. */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** How long a correct password waits for its code before the person must start again. */
export const PENDING_SIGN_IN_MINUTES = 5;

/** The roles an administrator can oblige to use two-factor sign-in. */
export const TWO_FACTOR_ROLES = ["admin", "fund_manager"] as const satisfies readonly Role[];

export function mustUseTwoFactor(role: Role, requiredByAdministrator: boolean): boolean {
  return requiredByAdministrator && (TWO_FACTOR_ROLES as readonly Role[]).includes(role);
}

/**
 * Replay protection: a code is good for the step it was made for, once. A step at or before the
 * last one used is refused, so a code seen over someone's shoulder cannot be typed again, nor an
 * older one still inside the window.
 */
export function isFreshStep(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep === null || step > lastUsedStep;
}

/** Recovery codes are shown grouped ("abcd-efgh-jk") but typed any way: case, spaces and dashes do not count. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export const totpCode = z
  .string()
  .trim()
  .transform((code) => code.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Six digits from the authenticator app"));

/** Either a 6-digit code or a recovery code; which one is decided by its shape. */
export const secondFactor = z.string().trim().min(6).max(40);

export const twoFactorStatus = z.object({
  enabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  required: z.boolean().describe("An administrator requires two-factor sign-in for this person's role"),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatus>;

export const twoFactorSetup = z.object({
  secret: z.string().describe("Base32, for typing into the app by hand"),
  otpauthUrl: z.string().describe("otpauth:// address that the QR code holds"),
  qrCode: z.string().describe("The QR code as an SVG data: URL"),
});
export type TwoFactorSetup = z.infer<typeof twoFactorSetup>;

export const codeInput = z.object({ code: totpCode });
export const recoveryCodesAnswer = z.object({
  recoveryCodes: z.array(z.string()).describe("Shown this once; each works once"),
});
export const turnOffInput = z.object({ password: z.string().min(1).max(1024), code: totpCode });

/** The answer to a correct password when the person has two-factor on: no session yet. */
export const twoFactorChallenge = z.object({
  twoFactor: z.literal("required"),
  pendingToken: z.string().describe("Send it with the code to /api/auth/login/two-factor"),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type TwoFactorChallenge = z.infer<typeof twoFactorChallenge>;

export const secondStepInput = z.object({
  pendingToken: z.string().min(1).max(200),
  code: secondFactor,
});

export const twoFactorRequirement = z.object({
  required: z.boolean().describe("Require two-factor sign-in for administrators and fund managers"),
});

/** A refusal with a code the web app explains (setup required, may not turn off). */
export class TwoFactorRefusal extends Refused {
  override readonly fields: FieldError[];
  constructor(code: "twoFactorSetupRequired" | "twoFactorRequired", message: string) {
    super(message);
    this.fields = [{ field: "", code, message }];
  }
}

export const setupRequired = () =>
  new TwoFactorRefusal(
    "twoFactorSetupRequired",
    "Set up two-factor sign-in first: an administrator requires it for your role",
  );

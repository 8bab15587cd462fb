/**
 * Single sign-on with OpenID Connect, the part that needs no network: which sign-in methods the
 * page offers, who a provider's claims say the person is, and why a sign-in is refused.
 */
import { z } from "zod";
import { type FieldError, Refused } from "./errors";

/** What the sign-in page offers; public, so that it can be drawn before anyone is signed in. */
export const signInOptions = z.object({
  passwordLogin: z.boolean().describe("false: only single sign-on; the password form is gone"),
  sso: z
    .object({ name: z.string().describe('The provider\'s name on the button, "Sign in with <name>"') })
    .nullable()
    .describe("null when single sign-on is not configured"),
});
export type SignInOptions = z.infer<typeof signInOptions>;

export const ssoStartQuery = z.strictObject({
  next: z.string().max(2000).optional().describe("The PRIMA path to open after signing in"),
});

/**
 * Why a single sign-on ends on the sign-in page instead of in PRIMA; the code travels in the
 * address (/login?sso=<code>) and the page says it in the person's language (errors.<code>).
 */
export const SSO_REFUSALS = [
  "ssoStateInvalid",
  "ssoProviderError",
  "ssoEmailUnverified",
  "ssoNoAccount",
  "ssoAccountInactive",
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export function isSsoRefusal(code: string | null): code is SsoRefusal {
  return (SSO_REFUSALS as readonly string[]).includes(code ?? "");
}

/** Only paths inside PRIMA: an attacker's link must not turn sign-in into a redirect elsewhere. */
export function safeNextPath(next: string | null | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** The names well-known providers go by; any other is named by its host until OIDC_NAME says better. */
const KNOWN_PROVIDERS: [RegExp, string][] = [
  [/(^|\.)microsoftonline\.com$|(^|\.)microsoft\.com$/, "Microsoft"],
  [/(^|\.)google\.com$/, "Google"],
  [/(^|\.)okta\.com$/, "Okta"],
  [/(^|\.)auth0\.com$/, "Auth0"],
];

export function defaultProviderName(issuer: string): string {
  const host = new URL(issuer).hostname;
  return KNOWN_PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}

/** The claims PRIMA reads, from the ID token and the UserInfo answer together. */
export interface SsoClaims {
  [claim: string]: unknown;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  preferred_username?: unknown;
}

export type SsoIdentity = { ok: true; email: string; name: string } | { ok: false; refusal: SsoRefusal };

const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Providers send email_verified as a boolean, some (older Cognito, Keycloak mappers) as a string. */
function isTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/**
 * Who the person is: an e-mail address PRIMA may match an account on, and a name for a new one.
 * The address counts only when the provider says it verified it; `trustEmail` (OIDC_TRUST_EMAIL)
 * accepts it without that claim, for providers such as Microsoft Entra ID that never send it but
 * only issue addresses of their own directory. An explicit email_verified=false is refused even
 * then: the provider itself says the address is not proven.
 */
export function ssoIdentity(claims: SsoClaims, trustEmail: boolean): SsoIdentity {
  const email = emailSchema.safeParse(claims.email);
  if (!email.success) return { ok: false, refusal: "ssoEmailUnverified" };
  const verified =
    isTrue(claims.email_verified) ||
    (trustEmail && (claims.email_verified === undefined || claims.email_verified === null));
  if (!verified) return { ok: false, refusal: "ssoEmailUnverified" };
  return { ok: true, email: email.data, name: personName(claims, email.data) };
}

function personName(claims: SsoClaims, email: string): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const joined = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const name = text(claims.name) || joined || text(claims.preferred_username) || email.split("@")[0] || email;
  return name.slice(0, 200);
}

/** PASSWORD_LOGIN=false: the password routes refuse, with a code the pages explain. */
export class PasswordLoginOff extends Refused {
  override readonly fields: FieldError[];
  constructor() {
    const message = "Passwords are turned off here: sign in with single sign-on";
    super(message);
    this.fields = [{ field: "", code: "passwordLoginOff", message }];
  }
}

/**
 * The conversation with the OpenID Connect provider, through openid-client (a certified relying
 * party library): the authorization code flow with PKCE, state and nonce.
 *
 * Between leaving for the provider and coming back, the browser keeps the PKCE verifier, state and
 * nonce in a short-lived httpOnly cookie, HMAC-signed with the session secret: nothing to store or
 * clean up on the server, and a cookie that was altered, is stale or belongs to another attempt
 * is refused. A replayed callback fails too: the cookie is cleared on the first return, and the
 * provider redeems an authorization code once only.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import * as client from "openid-client";
import { type SsoClaims, safeNextPath } from "../../domain/sso";
import type { OidcConfig } from "../config";

export const SSO_COOKIE = "prima_sso";
/** Long enough to type a password and answer a second factor at the provider; short for a stale tab. */
export const SSO_COOKIE_MINUTES = 10;
/** The provider sends the browser back here; the address to register at the provider. */
export const SSO_CALLBACK_PATH = "/api/auth/oidc/callback";

interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  expiresAt: number;
}

/** Why the callback could not establish who is signing in. */
export class SsoFailure extends Error {
  constructor(
    readonly refusal: "ssoStateInvalid" | "ssoProviderError",
    reason: string,
  ) {
    super(reason);
  }
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", `${secret}:sso`).update(payload).digest("base64url");
}

function sealPending(secret: string, pending: PendingSignIn): string {
  const payload = Buffer.from(JSON.stringify(pending)).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

function openPending(secret: string, cookie: string | undefined, now: Date): PendingSignIn {
  const [payload, signature] = (cookie ?? "").split(".");
  if (!payload || !signature)
    throw new SsoFailure("ssoStateInvalid", "no sign-in in progress in this browser");
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    throw new SsoFailure("ssoStateInvalid", "the sign-in cookie was altered");
  const pending = JSON.parse(Buffer.from(payload, "base64url").toString()) as PendingSignIn;
  if (pending.expiresAt <= now.getTime())
    throw new SsoFailure("ssoStateInvalid", "the sign-in took too long");
  return pending;
}

function isLoopback(issuer: string): boolean {
  const host = new URL(issuer).hostname.replace(/^\[(.*)\]$/, "$1");
  return host === "127.0.0.1" || host === "localhost" || host === "::1";
}

export class OidcProvider {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(
    readonly settings: OidcConfig,
    readonly redirectUri: string,
    private readonly secret: string,
  ) {}

  /**
   * Discovered at first use, not at start: PRIMA starts (and password sign-in works) while the
   * provider is unreachable, and a failed discovery is tried again at the next sign-in.
   */
  private configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      // Plain http only for a provider on this machine (config.ts refuses any other): tests and
      // development run one on loopback, where nobody can read or change the answers in between.
      const insecure = isLoopback(this.settings.issuer) && this.settings.issuer.startsWith("http:");
      this.discovered = client
        .discovery(
          new URL(this.settings.issuer),
          this.settings.clientId,
          this.settings.clientSecret,
          undefined,
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.discovered = null;
          throw error;
        });
    }
    return this.discovered;
  }

  /** Where to send the browser, and the cookie that remembers this attempt. */
  async begin(next: string | undefined, now: Date): Promise<{ url: string; cookie: string }> {
    const config = await this.configuration();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next: safeNextPath(next),
      expiresAt: now.getTime() + SSO_COOKIE_MINUTES * 60_000,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: "openid email profile",
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: "S256",
    });
    return { url: url.href, cookie: sealPending(this.secret, pending) };
  }

  /**
   * The provider's answer, checked: the state matches this browser's attempt, the code is
   * redeemed with the PKCE verifier, the ID token is signed by the provider for this client and
   * carries the nonce. Returns the person's claims and where they were going.
   */
  async finish(
    query: URLSearchParams,
    cookie: string | undefined,
    now: Date,
  ): Promise<{ claims: SsoClaims; next: string }> {
    const pending = openPending(this.secret, cookie, now);
    if (query.get("state") !== pending.state)
      throw new SsoFailure("ssoStateInvalid", "the state does not match this browser's sign-in");
    try {
      const config = await this.configuration();
      // The registered address with the provider's answer, whatever Host header the request came with.
      const currentUrl = new URL(this.redirectUri);
      currentUrl.search = query.toString();
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error("no ID token");
      let claims: SsoClaims = idClaims;
      // Some providers put only the subject in the ID token and the rest behind UserInfo.
      if (idClaims.email === undefined && config.serverMetadata().userinfo_endpoint) {
        claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
      }
      return { claims, next: pending.next };
    } catch (error) {
      throw new SsoFailure("ssoProviderError", error instanceof Error ? error.message : String(error));
    }
  }
}

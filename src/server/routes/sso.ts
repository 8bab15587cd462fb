/**
 * Single sign-on: what the sign-in page offers, and the two legs of the OpenID Connect
 * authorization code flow. Both legs are browser navigations, not API calls: they answer with
 * redirects, and a refusal lands on the sign-in page with a code it explains (/login?sso=<code>).
 */
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody, NotFound } from "../../domain/errors";
import { signInOptions, ssoStartQuery } from "../../domain/sso";
import { OidcProvider, SSO_CALLBACK_PATH, SSO_COOKIE, SSO_COOKIE_MINUTES, SsoFailure } from "../auth/oidc";
import { SESSION_COOKIE, SESSION_HOURS } from "../auth/sessions";
import type { AppContext } from "../context";
import { SsoRefused, signInWithSso } from "../services/accounts/signInWithSso";

const COOKIE_PATH = "/api/auth/oidc";

export const ssoRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secureCookie = ctx.config.publicUrl.startsWith("https:");
  const oidc = ctx.config.oidc;
  const provider = oidc
    ? new OidcProvider(oidc, `${ctx.config.publicUrl}${SSO_CALLBACK_PATH}`, ctx.sessionSecret)
    : null;
  const requireProvider = () => {
    if (!provider) throw new NotFound("Single sign-on");
    return provider;
  };
  const refuse = (reply: FastifyReply, code: string) => {
    reply.clearCookie(SSO_COOKIE, { path: COOKIE_PATH });
    return reply.redirect(`/login?sso=${code}`, 303);
  };

  app.get(
    "/auth/options",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "How people sign in here: password, single sign-on, or both",
        response: { 200: signInOptions },
      },
    },
    async () => ({
      passwordLogin: ctx.config.passwordLogin,
      sso: oidc ? { name: oidc.name } : null,
    }),
  );

  app.get(
    "/auth/oidc/start",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Single sign-on, first leg: redirects the browser to the identity provider",
        description: "A browser navigation, not an API call. Sets a short-lived cookie for the return.",
        querystring: ssoStartQuery,
        response: { 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const sso = requireProvider();
      try {
        const { url, cookie } = await sso.begin(request.query.next, ctx.now());
        reply.setCookie(SSO_COOKIE, cookie, {
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET, which carries it.
          sameSite: "lax",
          secure: secureCookie,
          path: COOKIE_PATH,
          maxAge: SSO_COOKIE_MINUTES * 60,
        });
        return reply.redirect(url, 303);
      } catch (error) {
        request.log.warn({ err: error }, "single sign-on: the identity provider could not be reached");
        return refuse(reply, "ssoProviderError");
      }
    },
  );

  app.get(
    "/auth/oidc/callback",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Single sign-on, second leg: the identity provider sends the browser back here",
        description:
          "Checks the answer (state, PKCE, nonce, ID token), opens a session like a password sign-in and " +
          "redirects into PRIMA; a refusal redirects to /login?sso=<code>.",
        querystring: z.looseObject({ code: z.string().optional(), state: z.string().optional() }),
        response: { 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const sso = requireProvider();
      // The raw query, every parameter as the provider sent it (openid-client checks `iss` too).
      const query = new URL(request.raw.url ?? "", "http://callback").searchParams;
      try {
        const { claims, next } = await sso.finish(query, request.cookies[SSO_COOKIE], ctx.now());
        const { session } = await signInWithSso(
          ctx.db,
          ctx.sessionSecret,
          sso.settings,
          claims,
          {
            address: request.ip,
            userAgent: request.headers["user-agent"] ?? null,
            previousSessionHash: request.user?.tokenHash ?? null,
          },
          ctx.now(),
        );
        reply.clearCookie(SSO_COOKIE, { path: COOKIE_PATH });
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: "lax",
          secure: secureCookie,
          path: "/",
          maxAge: SESSION_HOURS * 3600,
        });
        return reply.redirect(next, 303);
      } catch (error) {
        if (error instanceof SsoFailure || error instanceof SsoRefused) {
          const code = error instanceof SsoFailure ? error.refusal : error.code;
          request.log.warn({ reason: error.message }, `single sign-on refused: ${code}`);
          return refuse(reply, code);
        }
        throw error;
      }
    },
  );
};

/** Sign in, sign out, and who am I. */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { linkInfo, linkSetPassword, linkToken, passwordResetRequest } from "../../domain/accountLinks";
import { loginInput, me } from "../../domain/auth";
import { errorBody } from "../../domain/errors";
import { PasswordLoginOff } from "../../domain/sso";
import { secondStepInput, twoFactorChallenge } from "../../domain/twoFactor";
import { requireUser } from "../auth/plugin";
import { revokeSession, SESSION_COOKIE, SESSION_HOURS } from "../auth/sessions";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentMe } from "../presenters/user";
import { requestPasswordReset } from "../services/accounts/requestPasswordReset";
import { readAccountLink, setPasswordFromLink } from "../services/accounts/setPasswordFromLink";
import { completeTwoFactorSignIn, type SignInResult, signIn } from "../services/users/signIn";

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secureCookie = ctx.config.publicUrl.startsWith("https:");
  // PASSWORD_LOGIN=false: a password must open nothing, so none can be used or chosen either.
  const requirePasswordLogin = async () => {
    if (!ctx.config.passwordLogin) throw new PasswordLoginOff();
  };
  const from = (request: FastifyRequest) => ({
    address: request.ip,
    userAgent: request.headers["user-agent"] ?? null,
    previousSessionHash: request.user?.tokenHash ?? null,
  });
  const openedSession = (reply: FastifyReply, result: Extract<SignInResult, { kind: "session" }>) => {
    reply.setCookie(SESSION_COOKIE, result.session.token, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookie,
      path: "/",
      maxAge: SESSION_HOURS * 3600,
    });
    return presentMe(result.user, result.session.csrfToken, result.twoFactorSetupPending);
  };

  app.post(
    "/auth/login",
    {
      preValidation: requirePasswordLogin,
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the httpOnly session cookie",
        description:
          "With two-factor sign-in on, a correct password opens no session: the answer is 202 with a pending token for /auth/login/two-factor.",
        body: loginInput,
        response: { 200: me, 202: twoFactorChallenge, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const result = await signIn(
        ctx.db,
        ctx.sessionSecret,
        request.body,
        from(request),
        ctx.config.signInLimits,
        ctx.now(),
      );
      if (result.kind === "twoFactor") {
        return reply.status(202).send({
          twoFactor: "required",
          pendingToken: result.pendingToken,
          expiresAt: result.expiresAt.toISOString(),
        });
      }
      return openedSession(reply, result);
    },
  );

  app.post(
    "/auth/login/two-factor",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign in, second step: the code from the authenticator app, or a recovery code",
        body: secondStepInput,
        response: { 200: me, 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const result = await completeTwoFactorSignIn(
        ctx.db,
        ctx.sessionSecret,
        request.body,
        from(request),
        ctx.config.signInLimits,
        ctx.now(),
      );
      return openedSession(reply, result);
    },
  );

  app.post(
    "/auth/password-reset",
    {
      preValidation: requirePasswordLogin,
      config: {
        public: true,
        rateLimit: { max: ctx.config.passwordResetRateLimit, timeWindow: "15 minutes" },
      },
      schema: {
        tags: ["auth"],
        summary: "Forgotten password: e-mails a one-time link when an account has this address",
        description: "The answer is the same whether or not an account has the address.",
        body: passwordResetRequest,
        response: { 202: z.object({ message: z.string() }), 400: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(
        ctx.db,
        ctx.sessionSecret,
        request.body.email,
        mailSettings(ctx.config),
        ctx.now(),
      );
      void ctx.mail.flush();
      return reply.status(202).send({
        message: "If an account has this e-mail address, a link to set a new password is on its way",
      });
    },
  );

  app.post(
    "/auth/link",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Who a set-password link (forgotten password, invitation) is for, while it works",
        body: linkToken,
        response: { 200: linkInfo, 400: errorBody, 429: errorBody },
      },
    },
    async (request) => readAccountLink(ctx.db, ctx.sessionSecret, request.body.token, ctx.now()),
  );

  app.post(
    "/auth/set-password",
    {
      preValidation: requirePasswordLogin,
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Choose a password with a one-time link; every session of the person ends",
        body: linkSetPassword,
        response: { 204: z.null(), 400: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await setPasswordFromLink(ctx.db, ctx.sessionSecret, request.body, ctx.now());
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/auth/logout",
    {
      config: { public: true },
      schema: { tags: ["auth"], summary: "Sign out: the session is revoked", response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.user) await revokeSession(ctx.db, request.user.tokenHash, ctx.now());
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/me",
    {
      config: { beforeTwoFactorSetup: true },
      schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: me, 401: errorBody } },
    },
    async (request) => {
      const user = requireUser(request);
      return presentMe(user, user.csrfToken, user.twoFactorSetupPending ?? false);
    },
  );
};

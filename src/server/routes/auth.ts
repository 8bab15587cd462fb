/** Sign in, sign out, and who am I. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { loginInput, me } from "../../domain/auth";
import { errorBody } from "../../domain/errors";
import { requireUser } from "../auth/plugin";
import { revokeSession, SESSION_COOKIE, SESSION_HOURS } from "../auth/sessions";
import type { AppContext } from "../context";
import { presentMe } from "../presenters/user";
import { signIn } from "../services/users/signIn";

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secureCookie = ctx.config.publicUrl.startsWith("https:");

  app.post(
    "/auth/login",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign in; sets the httpOnly session cookie",
        body: loginInput,
        response: { 200: me, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const { user, session } = await signIn(
        ctx.db,
        ctx.sessionSecret,
        request.body,
        {
          address: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
          previousSessionHash: request.user?.tokenHash ?? null,
        },
        ctx.config.signInLimits,
        ctx.now(),
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookie,
        path: "/",
        maxAge: SESSION_HOURS * 3600,
      });
      return presentMe(user, session.csrfToken);
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
    { schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: me, 401: errorBody } } },
    async (request) => {
      const user = requireUser(request);
      return presentMe(user, user.csrfToken);
    },
  );
};

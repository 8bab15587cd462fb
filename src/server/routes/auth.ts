/** Sign in, sign out, and who am I. */
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { loginInput, me } from "../../domain/auth";
import { errorBody } from "../../domain/errors";
import { timingDummyHash, verifyPassword } from "../auth/passwords";
import { requireUser } from "../auth/plugin";
import { createSession, revokeSession, SESSION_COOKIE, SESSION_HOURS } from "../auth/sessions";
import type { AppContext } from "../context";
import { users } from "../db/schema";
import { HttpError } from "../http/errors";

const BAD_CREDENTIALS = "The e-mail or password is not correct";

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
      const { email, password } = request.body;
      const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
      // Same work and same answer whether or not the account exists.
      const valid = user?.active
        ? await verifyPassword(user.passwordHash, password)
        : (await verifyPassword(await timingDummyHash(), password)) && false;
      if (!user || !valid) throw new HttpError(401, { error: "unauthorized", message: BAD_CREDENTIALS });
      const session = await createSession(ctx.db, ctx.sessionSecret, user.id, ctx.now());
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookie,
        path: "/",
        maxAge: SESSION_HOURS * 3600,
      });
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        region: user.regionCode,
        csrfToken: session.csrfToken,
      };
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
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        region: user.region,
        csrfToken: user.csrfToken,
      };
    },
  );
};

/** Each person's own profile: name and language, password, and their open sessions. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { me } from "../../domain/auth";
import { errorBody } from "../../domain/errors";
import { languageChange, mySession, passwordChange, profileChange } from "../../domain/profile";
import { requireSignedIn, requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentMe } from "../presenters/user";
import { changePassword } from "../services/profile/changePassword";
import { changeLanguage, changeProfile } from "../services/profile/changeProfile";
import { endMyOtherSessions, listMySessions } from "../services/profile/mySessions";

const tags = ["profile"];

export const profileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.patch(
    "/me",
    {
      schema: {
        tags,
        summary: "Change your name and language",
        body: profileChange,
        response: {
          200: me,
          400: errorBody,
          401: errorBody,
          409: errorBody.extend({
            current: z
              .object({ name: z.string(), language: me.shape.language, version: z.number() })
              .optional(),
          }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const updated = await changeProfile(ctx.db, user, request.body, ctx.now());
      return presentMe({ ...updated, region: updated.regionCode }, user.csrfToken);
    },
  );

  app.put(
    "/me/language",
    {
      config: { beforeTwoFactorSetup: true },
      schema: {
        tags,
        summary: "Change your language alone (the header's language menu)",
        body: languageChange,
        response: { 204: z.null(), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      await changeLanguage(ctx.db, requireUser(request), request.body.language);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/me/password",
    {
      schema: {
        tags,
        summary: "Change your password (the current one first); your other sessions end",
        body: passwordChange,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireSignedIn(request);
      await changePassword(
        ctx.db,
        user,
        request.body,
        { address: request.ip, sessionHash: user.tokenHash },
        ctx.config.signInLimits,
        ctx.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/me/sessions",
    {
      schema: {
        tags,
        summary: "Your open sessions, this one marked",
        response: { 200: z.array(mySession), 401: errorBody },
      },
    },
    async (request) => {
      const user = requireSignedIn(request);
      return listMySessions(ctx.db, user, user.tokenHash, ctx.now());
    },
  );

  app.delete(
    "/me/sessions/others",
    {
      schema: {
        tags,
        summary: "Sign out your other sessions; this one stays",
        response: { 200: z.object({ ended: z.number().int() }), 401: errorBody },
      },
    },
    async (request) => {
      const user = requireSignedIn(request);
      return { ended: await endMyOtherSessions(ctx.db, user, user.tokenHash, ctx.now()) };
    },
  );
};

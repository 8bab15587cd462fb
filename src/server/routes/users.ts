/** Administration of people: list, add, change or deactivate, and end someone's sessions (e.g. a lost laptop). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { invited, inviteInput } from "../../domain/accountLinks";
import { errorBody } from "../../domain/errors";
import { ROLES } from "../../domain/roles";
import { userChange, userInput, userListQuery, userRow } from "../../domain/user";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentCreatedUser, presentUserRow } from "../presenters/user";
import { inviteUser } from "../services/accounts/inviteUser";
import { changeUser } from "../services/users/changeUser";
import { createUser } from "../services/users/createUser";
import { endUserSessions } from "../services/users/endUserSessions";
import { listUsers } from "../services/users/listUsers";

const userOut = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  region: z.string().nullable(),
  active: z.boolean(),
});
const changedUser = userOut.extend({ version: z.number().int() });
const tags = ["users"];

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/users",
    {
      schema: {
        tags,
        summary: "Everyone with an account, filtered, one page at a time (administrators)",
        querystring: userListQuery,
        response: {
          200: z.object({ users: z.array(userRow), total: z.number().int() }),
          400: errorBody,
          403: errorBody,
        },
      },
    },
    async (request) => {
      const { rows, total } = await listUsers(ctx.db, requireUser(request), request.query);
      return { users: rows.map(presentUserRow), total };
    },
  );

  app.patch(
    "/users/:id",
    {
      schema: {
        tags,
        summary: "Change a person's name, role, region, or whether they may sign in (administrators)",
        params: z.object({ id: z.uuid() }),
        body: userChange,
        response: {
          200: changedUser,
          400: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: changedUser.optional() }),
        },
      },
    },
    async (request) => changeUser(ctx.db, requireUser(request), request.params.id, request.body, ctx.now()),
  );

  app.post(
    "/users",
    {
      schema: {
        tags,
        summary: "Add a person with a role (administrators)",
        body: userInput,
        response: {
          201: userOut.pick({ id: true, email: true, role: true, region: true }),
          400: errorBody,
          403: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = await createUser(ctx.db, requireUser(request), request.body, ctx.now());
      return reply.status(201).send(presentCreatedUser(user));
    },
  );

  app.post(
    "/users/invite",
    {
      schema: {
        tags,
        summary:
          "Invite a person by e-mail: they choose their password from a one-time link (administrators)",
        body: inviteInput,
        response: { 201: invited, 400: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const user = await inviteUser(
        ctx.db,
        ctx.sessionSecret,
        requireUser(request),
        request.body,
        mailSettings(ctx.config),
        ctx.now(),
        { sso: ctx.config.oidc?.name ?? null, passwordLogin: ctx.config.passwordLogin },
      );
      void ctx.mail.flush();
      return reply.status(201).send(user);
    },
  );

  app.delete(
    "/users/:id/sessions",
    {
      schema: {
        tags,
        summary: "Sign a person out everywhere (administrators)",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 403: errorBody },
      },
    },
    async (request, reply) => {
      await endUserSessions(ctx.db, requireUser(request), request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );
};

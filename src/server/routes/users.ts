/** Administration of people: list, add, and end someone's sessions (e.g. a lost laptop). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { ROLES } from "../../domain/roles";
import { userInput } from "../../domain/user";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentCreatedUser, presentUser } from "../presenters/user";
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
const tags = ["users"];

export const userRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/users",
    {
      schema: {
        tags,
        summary: "Everyone with an account (administrators)",
        response: { 200: z.array(userOut), 403: errorBody },
      },
    },
    async (request) => {
      return (await listUsers(ctx.db, requireUser(request))).map(presentUser);
    },
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

/** Personal API tokens: one's own (signed in, never with a token), and every token for administrators. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { apiToken, createdToken, tokenInput } from "../../domain/apiTokens";
import { errorBody } from "../../domain/errors";
import { requireSignedIn } from "../auth/plugin";
import type { AppContext } from "../context";
import { authorize } from "../policies/authorize";
import { createApiToken, listApiTokens, revokeApiToken } from "../services/tokens/apiTokens";

const tags = ["tokens"];
const idParams = z.object({ id: z.uuid() });

export const apiTokenRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/me/tokens",
    {
      schema: {
        tags,
        summary: "Your API tokens that are not revoked",
        response: { 200: z.array(apiToken), 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listApiTokens(ctx.db, requireSignedIn(request), "mine"),
  );

  app.post(
    "/me/tokens",
    {
      schema: {
        tags,
        summary: "Make an API token with your rights; the answer is the only time it is shown",
        body: tokenInput,
        response: { 201: createdToken, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const token = await createApiToken(
        ctx.db,
        ctx.sessionSecret,
        requireSignedIn(request),
        request.body,
        ctx.now(),
      );
      return reply.status(201).send(token);
    },
  );

  app.delete(
    "/me/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of your API tokens (administrators: anyone's)",
        params: idParams,
        response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctx.db, requireSignedIn(request), request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/admin/tokens",
    {
      schema: {
        tags,
        summary: "Every API token that is not revoked, with its owner (administrators)",
        response: { 200: z.array(apiToken), 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listApiTokens(ctx.db, requireSignedIn(request), "all"),
  );

  app.delete(
    "/admin/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke anyone's API token (administrators)",
        params: idParams,
        response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireSignedIn(request);
      authorize(user, "administerUsers");
      await revokeApiToken(ctx.db, user, request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );
};

/** Routes for webhooks and their delivery log (administrators). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  createdWebhook,
  deliveryPage,
  deliveryQuery,
  webhook,
  webhookDelivery,
  webhookInput,
  webhookUpdate,
} from "../../domain/webhooks";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { listDeliveries, retryDelivery } from "../services/webhooks/deliveryLog";
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  updateWebhook,
} from "../services/webhooks/manageWebhooks";

const tags = ["webhooks"];
const idParams = z.object({ id: z.uuid() });

export const webhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Authorization before validation: a non-administrator learns nothing, not even about bad input.
  const administratorsOnly = refuseEarlyUnless("administerWebhooks");

  app.get(
    "/admin/webhooks",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "The registered webhooks, oldest first (administrators); never their secrets",
        response: { 200: z.array(webhook), 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listWebhooks(ctx.db, requireUser(request)),
  );

  app.post(
    "/admin/webhooks",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Register a webhook; the answer holds its signing secret, shown this once",
        body: webhookInput,
        response: { 201: createdWebhook, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const created = await createWebhook(ctx.db, requireUser(request), request.body, ctx.now());
      return reply.status(201).send(created);
    },
  );

  app.put(
    "/admin/webhooks/:id",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Change a webhook's URL, events or active switch; a stale version gets 409",
        params: idParams,
        body: webhookUpdate,
        response: {
          200: webhook,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: webhook.optional() }),
        },
      },
    },
    async (request) =>
      updateWebhook(ctx.db, requireUser(request), request.params.id, request.body, ctx.now()),
  );

  app.delete(
    "/admin/webhooks/:id",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Remove a webhook and its delivery log (administrators)",
        params: idParams,
        response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await deleteWebhook(ctx.db, requireUser(request), request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/admin/webhook-deliveries",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Webhook deliveries, newest first: status, attempts, last answer (administrators)",
        querystring: deliveryQuery,
        response: { 200: deliveryPage, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => listDeliveries(ctx.db, requireUser(request), request.query),
  );

  app.post(
    "/admin/webhook-deliveries/:id/retry",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Try a failed delivery again from now, with the same delivery id; 409 if it has not failed",
        params: idParams,
        response: {
          200: webhookDelivery,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: webhookDelivery.optional() }),
        },
      },
    },
    async (request) => {
      const delivery = await retryDelivery(ctx.db, requireUser(request), request.params.id, ctx.now());
      // Sent in the background: the log shows it pending, then delivered (or failed again).
      void ctx.webhooks.flush();
      return delivery;
    },
  );
};

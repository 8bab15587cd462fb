/** "Waiting for me" and notifications: always the signed-in user's own. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { inbox, inboxCounts, markNotificationsRead, notificationList } from "../../domain/inbox";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentInbox, presentNotification } from "../presenters/inbox";
import { listNotifications } from "../services/inbox/listNotifications";
import { inboxCounts as countInbox, loadInbox } from "../services/inbox/loadInbox";
import { markNotificationsRead as markRead } from "../services/inbox/markNotificationsRead";

const tags = ["inbox"];

export const inboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/inbox",
    {
      schema: {
        tags,
        summary: "Proposals waiting for the signed-in user, by queue of their role",
        response: { 200: inbox, 401: errorBody },
      },
    },
    async (request) => presentInbox(await loadInbox(ctx.db, requireUser(request))),
  );

  app.get(
    "/inbox/counts",
    {
      schema: {
        tags,
        summary: "How many proposals wait for the user and how many notifications are unread",
        response: { 200: inboxCounts, 401: errorBody },
      },
    },
    async (request) => countInbox(ctx.db, requireUser(request)),
  );

  app.get(
    "/notifications",
    {
      schema: {
        tags,
        summary: "The user's latest notifications",
        response: { 200: notificationList, 401: errorBody },
      },
    },
    async (request) => ({
      items: (await listNotifications(ctx.db, requireUser(request))).map(presentNotification),
    }),
  );

  app.post(
    "/notifications/read",
    {
      schema: {
        tags,
        summary: "Mark the user's notifications read (all, or those listed)",
        body: markNotificationsRead,
        response: { 204: z.null(), 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      await markRead(ctx.db, requireUser(request), request.body.ids, ctx.now());
      return reply.status(204).send(null);
    },
  );
};

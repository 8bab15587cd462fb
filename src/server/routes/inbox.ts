/** "Waiting for me" and notifications: always the signed-in user's own. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  inbox,
  inboxCounts,
  markNotificationsRead,
  notificationList,
  notificationQuery,
} from "../../domain/inbox";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentInbox, presentNotification } from "../presenters/inbox";
import { listNotifications, notifiedProjects } from "../services/inbox/listNotifications";
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
        summary: "The user's latest notifications, by kind and project if asked",
        querystring: notificationQuery,
        response: { 200: notificationList, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return {
        items: (await listNotifications(ctx.db, user, request.query)).map(presentNotification),
        projects: await notifiedProjects(ctx.db, user),
      };
    },
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

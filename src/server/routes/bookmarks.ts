/** Bookmarks: each user's own list of projects to keep at hand (home page). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { bookmarkList, projectIdParams } from "../../domain/portfolio";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentBookmark } from "../presenters/bookmark";
import { bookmarkProject, unbookmarkProject } from "../services/bookmarks/bookmarkProject";
import { listBookmarks } from "../services/bookmarks/listBookmarks";
import { readableProject } from "./readableProject";

const tags = ["bookmarks"];

export const bookmarksRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/bookmarks",
    {
      schema: {
        tags,
        summary: "My bookmarked projects (among those I may read), newest bookmark first",
        response: { 200: bookmarkList, 401: errorBody },
      },
    },
    async (request) => {
      const rows = await listBookmarks(ctx.db, requireUser(request));
      return { items: rows.map(presentBookmark) };
    },
  );

  app.put(
    "/projects/:id/bookmark",
    {
      schema: {
        tags,
        summary: "Bookmark a project (idempotent)",
        description: "A project the user may not read answers 404, as the project itself does.",
        params: projectIdParams,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { user } = await readableProject(ctx, request, request.params.id);
      await bookmarkProject(ctx.db, user.id, request.params.id, ctx.now());
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/projects/:id/bookmark",
    {
      schema: {
        tags,
        summary: "Remove a project from my bookmarks (idempotent)",
        params: projectIdParams,
        response: { 204: z.null(), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { user } = await readableProject(ctx, request, request.params.id);
      await unbookmarkProject(ctx.db, user.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
};

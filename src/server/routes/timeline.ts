/** The project timeline: phases, planned and actual dates, milestones, reports, extensions, today. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { projectTimeline } from "../../domain/timeline";
import type { AppContext } from "../context";
import { projectTimeline as loadTimeline } from "../services/workflow/projectTimeline";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });

export const timelineRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/projects/:id/timeline",
    {
      schema: {
        tags: ["timeline"],
        summary: "Everything the project's timeline draws, with today's date and each report's state today",
        params: idParams,
        response: { 200: projectTimeline, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return loadTimeline(ctx.db, request.params.id, ctx.now());
    },
  );
};

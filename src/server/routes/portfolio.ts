/** The portfolio at a glance: the home page's world map and headline figures. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../domain/errors";
import { portfolioSummary, portfolioSummaryQuery } from "../../domain/portfolio";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { portfolioSummary as summarise } from "../services/portfolio/portfolioSummary";

export const portfolioRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/portfolio/summary",
    {
      schema: {
        tags: ["portfolio"],
        summary: "Projects per country and headline figures, in the projects you may read",
        description:
          "A project in several countries counts once in each. Overdue reports: pending and due before today. " +
          "The median review turnaround is in days from submission to the regional reviewer's decision.",
        querystring: portfolioSummaryQuery,
        response: { 200: portfolioSummary, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return summarise(await portfolioReadDb(ctx, request), user, request.query, ctx.now());
    },
  );
};

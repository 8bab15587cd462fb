/** The project search engine: words and facets over the projects the user may read. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../domain/errors";
import { searchPage, searchQuery } from "../../domain/search";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { searchProjects } from "../services/portfolio/search/searchProjects";

export const searchRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/search",
    {
      schema: {
        tags: ["search"],
        summary: "Search the projects you may read by words and facets, ranked, with facet counts",
        description:
          "Words over code, title, summary, objective, countries (in English, French and Spanish) and the lessons " +
          "learned of accepted final reports, accents ignored; as in a web search (quotes for a phrase, `or`, `-word`); " +
          "the last word also matches as a prefix, and plain words also match codes and titles spelt a little " +
          "differently. A facet takes several values by repeating the parameter (`region=WCA&region=EHA`); each " +
          "facet's counts apply every other facet's choice. Without `q`, projects by code.",
        querystring: searchQuery,
        response: { 200: searchPage, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return searchProjects(await portfolioReadDb(ctx, request), user, request.query);
    },
  );
};

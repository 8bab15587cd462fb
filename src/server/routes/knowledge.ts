/** The knowledge base of lessons learned and good practices, searchable by every signed-in user. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../domain/errors";
import { knowledgePage, knowledgeQuery } from "../../domain/knowledge";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { presentKnowledgeItem } from "../presenters/knowledge";
import { searchKnowledge } from "../services/knowledge/searchKnowledge";

export const knowledgeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/knowledge",
    {
      schema: {
        tags: ["knowledge base"],
        summary:
          "Search the lessons learned and good practices of accepted final reports, in the projects you may read",
        description:
          "Words as in a web search (quotes for a phrase, `or`, `-word`); the last word also matches as a prefix. " +
          "Without `q`, the newest first. Each item's `highlights` split its snippet where matched words start and end.",
        querystring: knowledgeQuery,
        response: { 200: knowledgePage, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const { items, total } = await searchKnowledge(ctx.db, requireUser(request), request.query);
      return { items: items.map(presentKnowledgeItem), total };
    },
  );
};

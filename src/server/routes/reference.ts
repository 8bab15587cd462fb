import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { referenceData } from "../../domain/reference";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { loadReferenceData } from "../services/reference/loadReferenceData";
import { listManagers } from "../services/users/listManagers";

export const referenceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/reference",
    {
      schema: {
        tags: ["reference"],
        summary: "Regions, countries, areas of work, activity types and the other reference lists",
        response: { 200: referenceData, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return loadReferenceData(ctx.db);
    },
  );

  app.get(
    "/users/managers",
    {
      schema: {
        tags: ["users"],
        summary: "Active project managers, for choosing a PM or alternate PM",
        response: {
          200: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })),
          401: errorBody,
          403: errorBody,
        },
      },
    },
    async (request) => {
      return listManagers(ctx.db, requireUser(request));
    },
  );
};

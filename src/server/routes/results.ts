/**
 * A project's results matrix, workplan and targets vs actuals. Everyone who may read the project
 * reads them; its managers edit the matrix and workplan while it is a draft or being implemented.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { progress } from "../../domain/progress";
import { resultsMatrix, resultsMatrixInput } from "../../domain/resultsMatrix";
import { workplan, workplanInput } from "../../domain/workplan";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import type { ProjectRecordAction } from "../policies/actions";
import { presentResultsMatrix } from "../presenters/resultsMatrix";
import { presentWorkplan } from "../presenters/workplan";
import { projectProgress } from "../services/projects/projectProgress";
import { readResultsMatrix } from "../services/results/readResultsMatrix";
import { saveResultsMatrix } from "../services/results/saveResultsMatrix";
import { readWorkplan } from "../services/workplan/readWorkplan";
import { saveWorkplan } from "../services/workplan/saveWorkplan";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });
const readResponses = { 400: errorBody, 401: errorBody, 404: errorBody };
const writeResponses = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export const resultsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  /**
   * Refuses a user who may not edit before the body is validated: someone who may not edit
   * learns that, not that their body is malformed. A malformed id is left to params validation.
   */
  const mayEditPlan = (action: ProjectRecordAction) => async (request: FastifyRequest) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) return;
    await readableProject(ctx, request, parsed.data.id, action);
  };

  app.get(
    "/projects/:id/results",
    {
      schema: {
        tags: ["results"],
        summary: "The project's results matrix: objective, outcomes and outputs with their indicators",
        params: idParams,
        response: { 200: resultsMatrix, ...readResponses },
      },
    },
    async (request) => {
      const { matrix, can } = await readResultsMatrix(ctx.db, requireUser(request), request.params.id);
      return presentResultsMatrix(matrix, can);
    },
  );

  app.put(
    "/projects/:id/results",
    {
      preValidation: mayEditPlan("editResultsMatrix"),
      schema: {
        tags: ["results"],
        summary:
          "Save the whole results matrix (array order is the order; items without id are new, items left out are deleted; send the version you loaded)",
        params: idParams,
        body: resultsMatrixInput,
        response: {
          200: resultsMatrix,
          ...writeResponses,
          409: errorBody.extend({ current: resultsMatrix.optional() }),
        },
      },
    },
    async (request) => {
      const { user } = await readableProject(ctx, request, request.params.id);
      const { matrix, can } = await saveResultsMatrix(
        ctx.db,
        user,
        request.params.id,
        request.body,
        ctx.now(),
      );
      return presentResultsMatrix(matrix, can);
    },
  );

  app.get(
    "/projects/:id/workplan",
    {
      schema: {
        tags: ["results"],
        summary: "The project's workplan: milestones with planned and actual dates",
        params: idParams,
        response: { 200: workplan, ...readResponses },
      },
    },
    async (request) => {
      const { workplan: plan, can } = await readWorkplan(ctx.db, requireUser(request), request.params.id);
      return presentWorkplan(plan, can);
    },
  );

  app.put(
    "/projects/:id/workplan",
    {
      preValidation: mayEditPlan("editWorkplan"),
      schema: {
        tags: ["results"],
        summary:
          "Save the whole list of milestones (array order is the order; items without id are new, items left out are deleted; send the version you loaded)",
        params: idParams,
        body: workplanInput,
        response: {
          200: workplan,
          ...writeResponses,
          409: errorBody.extend({ current: workplan.optional() }),
        },
      },
    },
    async (request) => {
      const { user } = await readableProject(ctx, request, request.params.id);
      const { workplan: plan, can } = await saveWorkplan(
        ctx.db,
        user,
        request.params.id,
        request.body,
        ctx.now(),
      );
      return presentWorkplan(plan, can);
    },
  );

  app.get(
    "/projects/:id/progress",
    {
      schema: {
        tags: ["results"],
        summary:
          "Targets vs actuals: each indicator's baseline, target and latest actual with % achieved, and beneficiaries targeted vs reached (figures of the latest accepted narrative report)",
        params: idParams,
        response: { 200: progress, ...readResponses },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return projectProgress(ctx.db, request.params.id);
    },
  );
};

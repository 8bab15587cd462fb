/** Projects: list, read, create a draft, edit a draft. Thin: policy, use case, presenter. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  projectDetail,
  projectInput,
  projectListQuery,
  projectPage,
  projectUpdateInput,
} from "../../domain/project";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { presentProject, presentProjectSummary } from "../presenters/project";
import { createProject } from "../services/projects/createProject";
import { listProjects } from "../services/projects/listProjects";
import { readableProject, readableProjectRecord } from "../services/projects/readableProject";
import { updateProject } from "../services/projects/updateProject";

const idParams = z.object({ id: z.uuid() });
const conflictBody = errorBody.extend({ current: projectDetail });
const tags = ["projects"];

export const projectRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/projects",
    {
      schema: {
        tags,
        summary: "Projects the user may read, filtered, sorted and paginated",
        querystring: projectListQuery,
        response: { 200: projectPage, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { rows, total } = await listProjects(await portfolioReadDb(ctx, request), user, request.query);
      return {
        items: rows.map((r) => presentProjectSummary(user, r.row, r.countries, r.pm)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    "/projects/:id",
    {
      schema: {
        tags,
        summary: "One project with all its parts and what the user may do with it",
        params: idParams,
        response: { 200: projectDetail, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return presentProject(user, await readableProjectRecord(ctx.db, user, request.params.id));
    },
  );

  app.post(
    "/projects",
    {
      schema: {
        tags,
        summary: "Start a proposal (a draft); the signed-in PM is its PM unless pmId says otherwise",
        body: projectInput,
        response: { 201: projectDetail, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const record = await createProject(ctx.db, user, request.body, ctx.now());
      return reply.status(201).send(presentProject(user, record));
    },
  );

  app.put(
    "/projects/:id",
    {
      // Someone who may not edit learns that first, not the body's validation rules.
      preValidation: async (request) => {
        const id = idParams.shape.id.safeParse((request.params as { id?: unknown }).id);
        if (!id.success) return;
        await readableProject(ctx.db, requireUser(request), id.data, "updateProject");
      },
      schema: {
        tags,
        summary: "Edit a draft; send the version you loaded (409 if someone saved since)",
        params: idParams,
        body: projectUpdateInput,
        response: {
          200: projectDetail,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: conflictBody,
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const record = await updateProject(ctx.db, user, request.params.id, request.body, ctx.now());
      return presentProject(user, record);
    },
  );
};

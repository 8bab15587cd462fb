/** The life cycle of a project: transitions, review comments, what changed, history, time in status. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { projectDetail } from "../../domain/project";
import {
  commentInput,
  historyPage,
  resubmissionChanges,
  reviewComment,
  reviewCommentList,
  statusDurations,
  transitionInput,
} from "../../domain/workflow";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentComment } from "../presenters/comment";
import { presentHistoryEntry } from "../presenters/historyEntry";
import { presentProject } from "../presenters/project";
import { addComment } from "../services/comments/addComment";
import { listComments } from "../services/comments/listComments";
import { fireTransition } from "../services/workflow/fireTransition";
import { projectHistory } from "../services/workflow/projectHistory";
import { resubmissionChanges as loadChanges } from "../services/workflow/resubmissionChanges";
import { statusDurations as loadDurations } from "../services/workflow/statusDurations";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });
const tags = ["workflow"];

export const workflowRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    "/projects/:id/transitions",
    {
      schema: {
        tags,
        summary: "Move the project one step through its life cycle (submit, endorse, approve, …)",
        description:
          "Who may fire which transition, and what it needs, follows the life-cycle table. Submission and approval check the fund's rules and answer 422 listing every failing rule.",
        params: idParams,
        body: transitionInput,
        response: {
          200: projectDetail,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: projectDetail.optional() }),
          422: errorBody,
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const record = await fireTransition(
        ctx.db,
        user,
        request.params.id,
        request.body,
        ctx.now(),
        mailSettings(ctx.config),
      );
      // Delivery happens after commit and never delays or fails the answer.
      void ctx.mail.flush();
      void ctx.webhooks.flush();
      return presentProject(user, record);
    },
  );

  app.get(
    "/projects/:id/comments",
    {
      schema: {
        tags,
        summary: "Review comments, oldest first (threads by parentId)",
        params: idParams,
        response: { 200: reviewCommentList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return { items: (await listComments(ctx.db, request.params.id)).map(presentComment) };
    },
  );

  app.post(
    "/projects/:id/comments",
    {
      schema: {
        tags,
        summary: "Comment on a proposal, on a section, or answer a comment",
        params: idParams,
        body: commentInput,
        response: { 201: reviewComment, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const comment = await addComment(
        ctx.db,
        user,
        request.params.id,
        request.body,
        ctx.now(),
        mailSettings(ctx.config),
      );
      void ctx.mail.flush();
      return reply.status(201).send(presentComment(comment));
    },
  );

  app.get(
    "/projects/:id/changes",
    {
      schema: {
        tags,
        summary: "What changed between the previous submission and the latest one",
        params: idParams,
        response: { 200: resubmissionChanges, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return loadChanges(ctx.db, request.params.id);
    },
  );

  app.get(
    "/projects/:id/history",
    {
      schema: {
        tags,
        summary: "The project's audit trail, newest first (read-only: no route changes or deletes it)",
        params: idParams,
        response: { 200: historyPage, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return { items: (await projectHistory(ctx.db, request.params.id)).map(presentHistoryEntry) };
    },
  );

  app.get(
    "/projects/:id/durations",
    {
      schema: {
        tags,
        summary: "Days the project spent in each status",
        params: idParams,
        response: { 200: statusDurations, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      return { items: await loadDurations(ctx.db, request.params.id, ctx.now()) };
    },
  );
};

/** Budget revisions: a project's managers ask for a new budget after approval, the fund manager decides. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  projectRevision,
  revisionDecisionInput,
  revisionList,
  revisionRequestInput,
} from "../../domain/revisions";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentRevision } from "../presenters/revision";
import { decideRevision } from "../services/revisions/decideRevision";
import { listRevisions } from "../services/revisions/listRevisions";
import { requestRevision } from "../services/revisions/requestRevision";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });
const revisionParams = z.object({ revisionId: z.uuid() });
const tags = ["revisions"];

export const revisionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const mail = () => mailSettings(ctx.config);

  app.get(
    "/projects/:id/revisions",
    {
      schema: {
        tags,
        summary: "The project's budget revisions, newest first, and what this user may do with them",
        params: idParams,
        response: { 200: revisionList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { user, project } = await readableProject(ctx, request, request.params.id);
      const { items, can } = await listRevisions(ctx.db, user, request.params.id, project);
      return { items: items.map(presentRevision), can };
    },
  );

  app.post(
    "/projects/:id/revisions",
    {
      schema: {
        tags,
        summary: "Ask the fund for a budget revision (the project's PM or alternate, once approved)",
        description:
          "A new total, shares per area of work and per activity type (each adding up to 100 %), optionally one amount per year of the project adding up to the new total (400 revisionYearCount, revisionYearsSum; omitted: split by days), and a justification. The fund's rules apply as at approval (422: the line's ceiling, and for an increase the envelope's available amount). One request may be open at a time (409 openRequestExists). The fund managers are notified.",
        params: idParams,
        body: revisionRequestInput,
        response: {
          201: projectRevision,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody,
          422: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await requestRevision(ctx.db, user, request.params.id, request.body, ctx.now(), mail());
      // Delivery happens after commit and never delays or fails the answer.
      void ctx.mail.flush();
      return reply.status(201).send(presentRevision(created));
    },
  );

  app.post(
    "/revisions/:revisionId/decision",
    {
      schema: {
        tags,
        summary: "Approve or refuse a budget revision (the fund manager)",
        description:
          "Approval checks the fund's rules again and makes the revised budget current: the approved amount, the shares and the approved years; the revision keeps the budget before and after. A refusal needs a comment. `version` is the request's version: a stale one gets 409 with the current request.",
        params: revisionParams,
        body: revisionDecisionInput,
        response: {
          200: projectRevision,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: projectRevision.optional() }),
          422: errorBody,
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const decided = await decideRevision(
        ctx.db,
        user,
        request.params.revisionId,
        request.body,
        ctx.now(),
        mail(),
      );
      void ctx.mail.flush();
      void ctx.webhooks.flush();
      return presentRevision(decided);
    },
  );
};

/** Extension requests: a project's managers ask for a later end date, the fund manager decides. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  extensionDecisionInput,
  extensionList,
  extensionRequestInput,
  projectExtension,
} from "../../domain/extensions";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentExtension } from "../presenters/extension";
import { decideExtension } from "../services/extensions/decideExtension";
import { listExtensions } from "../services/extensions/listExtensions";
import { requestExtension } from "../services/extensions/requestExtension";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });
const extensionParams = z.object({ extensionId: z.uuid() });
const tags = ["extensions"];

export const extensionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const mail = () => mailSettings(ctx.config);

  app.get(
    "/projects/:id/extensions",
    {
      schema: {
        tags,
        summary: "The project's extension requests, newest first, and what this user may do with them",
        params: idParams,
        response: { 200: extensionList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { user, project } = await readableProject(ctx, request, request.params.id);
      const { items, approvedCount, can } = await listExtensions(ctx.db, user, request.params.id, project);
      return { items: items.map(presentExtension), approvedCount, can };
    },
  );

  app.post(
    "/projects/:id/extensions",
    {
      schema: {
        tags,
        summary: "Ask the fund for a later end date (the project's PM or alternate, once approved)",
        description:
          "The new end must be later than the current planned end (400 notLater) and keep the project within 10 years (400 durationTooLong). One request may be open at a time (409 openRequestExists). The fund managers are notified.",
        params: idParams,
        body: extensionRequestInput,
        response: {
          201: projectExtension,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const created = await requestExtension(
        ctx.db,
        user,
        request.params.id,
        request.body,
        ctx.now(),
        mail(),
      );
      // Delivery happens after commit and never delays or fails the answer.
      void ctx.mail.flush();
      return reply.status(201).send(presentExtension(created));
    },
  );

  app.post(
    "/extensions/:extensionId/decision",
    {
      schema: {
        tags,
        summary: "Approve or refuse an extension request (the fund manager)",
        description:
          "Approval moves the project's planned end to the requested date and recomputes its reporting schedule: pending reports move, new interim periods appear, reports already submitted stay. A refusal needs a comment. `version` is the request's version: a stale one gets 409 with the current request.",
        params: extensionParams,
        body: extensionDecisionInput,
        response: {
          200: projectExtension,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: projectExtension.optional() }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const decided = await decideExtension(
        ctx.db,
        user,
        request.params.extensionId,
        request.body,
        ctx.now(),
        mail(),
      );
      void ctx.mail.flush();
      void ctx.webhooks.flush();
      return presentExtension(decided);
    },
  );
};

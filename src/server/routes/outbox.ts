/** Routes for the administrator's view of the mail outbox. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import { outboxMessage, outboxPage, outboxQuery } from "../../domain/outbox";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import { presentMessage } from "../presenters/outbox";
import { listOutbox } from "../services/outbox/listOutbox";
import { retryMessage } from "../services/outbox/retryMessage";

const tags = ["outbox"];

export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Authorization before validation: a non-administrator learns nothing, not even about bad input.
  const administratorsOnly = refuseEarlyUnless("seeOutbox");

  app.get(
    "/admin/outbox",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "E-mail sent, waiting and failed, newest first (administrators)",
        querystring: outboxQuery,
        response: { 200: outboxPage, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const { rows, total, counts } = await listOutbox(ctx.db, requireUser(request), request.query);
      return {
        items: rows.map(presentMessage),
        total,
        counts,
        mailEnabled: mailSettings(ctx.config).enabled,
      };
    },
  );

  app.post(
    "/admin/outbox/:id/retry",
    {
      preValidation: administratorsOnly,
      schema: {
        tags,
        summary: "Try a failed message again from now (administrators); 409 if it has not failed",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: {
          200: outboxMessage,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: outboxMessage.optional() }),
        },
      },
    },
    async (request) => {
      const message = await retryMessage(ctx.db, requireUser(request), request.params.id, ctx.now());
      // Delivered in the background: the page shows the message pending, then sent (or failed).
      void ctx.mail.flush();
      return presentMessage(message);
    },
  );
};

/** Each person's choice of how to hear of each kind of notice: in the app, e-mail at once, or a daily digest. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../domain/errors";
import {
  noticePreferences,
  noticePreferencesChange,
  noticePreferencesView,
} from "../../domain/noticePreferences";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { changeNoticePreferences, loadNoticePreferences } from "../services/notices/noticePreferences";

const tags = ["profile"];

export const noticePreferenceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/me/notices",
    {
      schema: {
        tags,
        summary: "How you hear of each kind of notice (version 0: never chosen, the defaults)",
        response: { 200: noticePreferencesView, 401: errorBody },
      },
    },
    async (request) => ({
      ...(await loadNoticePreferences(ctx.db, requireUser(request))),
      digestHour: ctx.config.digestHour,
    }),
  );

  app.put(
    "/me/notices",
    {
      schema: {
        tags,
        summary: "Choose, per kind of notice, in the app only, e-mail at once, or a daily digest",
        body: noticePreferencesChange,
        response: {
          200: noticePreferencesView,
          400: errorBody,
          401: errorBody,
          409: errorBody.extend({ current: noticePreferences.optional() }),
        },
      },
    },
    async (request) => ({
      ...(await changeNoticePreferences(ctx.db, requireUser(request), request.body, ctx.now())),
      digestHour: ctx.config.digestHour,
    }),
  );
};

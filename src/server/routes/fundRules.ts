/** The fund's parameters per funding year and the review turnaround figures. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { envelopeFigures, envelopeInput, envelopeList } from "../../domain/envelopes";
import { errorBody } from "../../domain/errors";
import { fundYearInput, fundYearList, fundYearSettings } from "../../domain/fundSettings";
import { turnaroundQuery, turnaroundStats } from "../../domain/workflow";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { presentEnvelope } from "../presenters/envelope";
import { presentFundYear } from "../presenters/fundYear";
import { listEnvelopes } from "../services/fund/listEnvelopes";
import { listFundYears } from "../services/fund/listFundYears";
import { updateEnvelope } from "../services/fund/updateEnvelope";
import { updateFundYear } from "../services/fund/updateFundYear";
import { turnaroundStats as loadTurnaround } from "../services/workflow/turnaroundStats";

const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const envelopeParams = yearParams.extend({ line: z.string().min(1).max(40) });

export const fundRuleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/fund-rules",
    {
      schema: {
        tags: ["fund rules"],
        summary: "Line 2 ceilings and country restrictions of every funding year",
        response: { 200: fundYearList, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: (await listFundYears(ctx.db)).map(presentFundYear) };
    },
  );

  app.put(
    "/fund-rules/:year",
    {
      preValidation: refuseEarlyUnless("editFundRules"),
      schema: {
        tags: ["fund rules"],
        summary:
          "Change a funding year's ceilings and country list (fund manager; send the version you loaded)",
        params: yearParams,
        body: fundYearInput,
        response: {
          200: fundYearSettings,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: fundYearSettings.optional() }),
        },
      },
    },
    async (request) =>
      presentFundYear(
        await updateFundYear(ctx.db, requireUser(request), request.params.year, request.body, ctx.now()),
      ),
  );

  app.get(
    "/fund-envelopes",
    {
      schema: {
        tags: ["fund rules"],
        summary:
          "Each funding year's envelope per fund line: allocated, committed, pipeline, spent and available",
        response: { 200: envelopeList, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: (await listEnvelopes(ctx.db)).map(presentEnvelope) };
    },
  );

  app.put(
    "/fund-envelopes/:year/:line",
    {
      preValidation: refuseEarlyUnless("editFundRules"),
      schema: {
        tags: ["fund rules"],
        summary:
          "Set a funding year's allocation for a fund line (fund manager; send the version you loaded, 0 for a first one)",
        params: envelopeParams,
        body: envelopeInput,
        response: {
          200: envelopeFigures,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: envelopeFigures.optional() }),
        },
      },
    },
    async (request) =>
      presentEnvelope(
        await updateEnvelope(
          ctx.db,
          requireUser(request),
          request.params.year,
          request.params.line,
          request.body,
          ctx.now(),
        ),
      ),
  );

  app.get(
    "/stats/turnaround",
    {
      schema: {
        tags: ["statistics"],
        summary: "Median and 90th percentile review and approval time in days, by region and funding year",
        querystring: turnaroundQuery,
        response: { 200: turnaroundStats, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => ({ items: await loadTurnaround(ctx.db, requireUser(request), request.query) }),
  );
};

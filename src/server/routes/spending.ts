/**
 * Spending against the budget (issue 15 §4): a project's budget against its spending to date,
 * the portfolio by variance and by unspent balance, their Excel files, and the fund's threshold.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../domain/errors";
import {
  portfolioSpending,
  portfolioSpendingQuery,
  projectSpending,
  spendingExportQuery,
  spendingThreshold,
  spendingThresholdInput,
} from "../../domain/spending";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import {
  portfolioSpendingSheet,
  projectSpendingSheets,
  referenceNames,
  sendSpendingWorkbook,
} from "../exports/spendingWorkbook";
import {
  presentPortfolioSpendingRow,
  presentProjectSpending,
  presentSpendingThreshold,
} from "../presenters/spending";
import { loadReferenceData } from "../services/reference/loadReferenceData";
import { loadSpendingThreshold } from "../services/spending/loadSpendingThreshold";
import { portfolioSpending as loadPortfolioSpending } from "../services/spending/portfolioSpending";
import { projectSpending as loadProjectSpending } from "../services/spending/projectSpending";
import { updateSpendingThreshold } from "../services/spending/updateSpendingThreshold";

const idParams = z.object({ id: z.uuid() });
const langQuery = z.strictObject({ lang: z.enum(["en", "fr", "es"]).default("en") });
const tags = ["spending"];

export const spendingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/projects/:id/spending",
    {
      schema: {
        tags,
        summary:
          "The project's budget against its spending to date, per area of work and activity type, with flags and burn rate",
        description:
          "Spent to date is the latest accepted financial report. An area of work is flagged when its share of the spending is more than the fund's threshold above its share of the budget.",
        params: idParams,
        response: { 200: projectSpending, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { record, thresholdPercent } = await loadProjectSpending(
        ctx.db,
        requireUser(request),
        request.params.id,
        ctx.now(),
      );
      return presentProjectSpending(record, thresholdPercent);
    },
  );

  app.get(
    "/projects/:id/spending/export",
    {
      schema: {
        tags,
        summary:
          "The project's budget against spending as Excel (summary, by area of work, by activity type)",
        params: idParams,
        querystring: langQuery,
        response: { 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { record } = await loadProjectSpending(
        ctx.db,
        requireUser(request),
        request.params.id,
        ctx.now(),
      );
      const language = request.query.lang;
      const names = referenceNames(await loadReferenceData(ctx.db), language);
      return sendSpendingWorkbook(
        reply,
        `prima-${record.project.code}-spending.xlsx`,
        projectSpendingSheets(record, names, language),
        language,
      );
    },
  );

  app.get(
    "/spending",
    {
      schema: {
        tags,
        summary: "The projects you may read by variance and by unspent balance at their end date",
        querystring: portfolioSpendingQuery,
        response: { 200: portfolioSpending, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const result = await loadPortfolioSpending(ctx.db, requireUser(request), request.query, ctx.now());
      return {
        thresholdPercent: result.thresholdPercent,
        today: result.today,
        byVariance: result.byVariance.map(presentPortfolioSpendingRow),
        byUnspent: result.byUnspent.map(presentPortfolioSpendingRow),
      };
    },
  );

  app.get(
    "/spending/export",
    {
      schema: {
        tags,
        summary: "One of the spending lists (variance or unspent) as Excel, with the same filters",
        querystring: spendingExportQuery,
        response: { 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { list, lang, ...filters } = request.query;
      const result = await loadPortfolioSpending(ctx.db, requireUser(request), filters, ctx.now());
      const names = referenceNames(await loadReferenceData(ctx.db), lang);
      const records = list === "variance" ? result.byVariance : result.byUnspent;
      return sendSpendingWorkbook(
        reply,
        `prima-spending-${list}.xlsx`,
        [portfolioSpendingSheet(list, records, names, lang)],
        lang,
      );
    },
  );

  app.get(
    "/fund-spending-threshold",
    {
      schema: {
        tags: ["fund rules"],
        summary:
          "The fund's spending threshold: how far above its share of the budget an area's spending may run",
        response: { 200: spendingThreshold, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return presentSpendingThreshold(await loadSpendingThreshold(ctx.db));
    },
  );

  app.put(
    "/fund-spending-threshold",
    {
      preValidation: refuseEarlyUnless("editFundRules"),
      schema: {
        tags: ["fund rules"],
        summary: "Set the fund's spending threshold (fund manager; send the version you loaded)",
        body: spendingThresholdInput,
        response: {
          200: spendingThreshold,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          409: errorBody.extend({ current: spendingThreshold.optional() }),
        },
      },
    },
    async (request) =>
      presentSpendingThreshold(
        await updateSpendingThreshold(ctx.db, requireUser(request), request.body, ctx.now()),
      ),
  );
};

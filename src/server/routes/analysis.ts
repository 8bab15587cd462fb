/**
 * The fund's analysis reports (projects per funding year and activity type, extensions, budget revisions,
 * reporting compliance) as tables, with the dashboard's filters, and as Excel or CSV.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ANALYSIS_REPORTS, dashboardFilters, figureExportQuery, figureTables } from "../../domain/dashboard";
import { errorBody } from "../../domain/errors";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { sendFigureTables } from "../exports/figureTables";
import { analysisTables, labelTables } from "../services/portfolio/dashboard/figures";

const reportParams = z.object({ report: z.enum(ANALYSIS_REPORTS) });

export const analysisRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/analysis/:report",
    {
      schema: {
        tags: ["analysis"],
        summary: "An analysis report's tables, for the projects you may read and the dashboard's filters",
        description:
          "projects-by-year-activity: projects and budgets per funding year and per activity type (weighted by " +
          "shares); extensions: requests by outcome and months added, by region and funding year; budget-revisions: " +
          "revisions by outcome and the net change of the approved ones (USD), by region and funding year; " +
          "reporting-compliance: reports on time, late and overdue, by region and funding year.",
        params: reportParams,
        querystring: dashboardFilters,
        response: { 200: figureTables, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const db = await portfolioReadDb(ctx, request);
      return { tables: await analysisTables(db, user, request.params.report, request.query, ctx.now()) };
    },
  );

  app.get(
    "/analysis/:report/export",
    {
      schema: {
        tags: ["analysis"],
        summary: "An analysis report as Excel (one sheet per table) or CSV",
        params: reportParams,
        querystring: figureExportQuery,
        response: { 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { format, lang, ...filters } = request.query;
      const db = await portfolioReadDb(ctx, request);
      const tables = await analysisTables(db, user, request.params.report, filters, ctx.now());
      return sendFigureTables(reply, await labelTables(db, tables, lang), {
        format,
        filename: `prima-${request.params.report}`,
        language: lang,
      });
    },
  );
};

/**
 * Dashboard charts: each answers the tables of numbers it draws, for the projects the user may
 * read and the filters every chart shares; the Excel/CSV download holds exactly those numbers.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DASHBOARD_CHARTS, dashboardFilters, figureExportQuery, figureTables } from "../../domain/dashboard";
import { errorBody } from "../../domain/errors";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { sendFigureTables } from "../exports/figureTables";
import { chartTables, dashboardTables, labelTables } from "../services/portfolio/dashboard/figures";

const FILTERS_DESCRIPTION =
  "Filters select projects (within what you may read): `region`, funding years `yearFrom`–`yearTo`, " +
  "`fundLine`, `status` (a comma-separated set), `area` (projects with a share in that area of work). " +
  "Money in integer cents.";

export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/dashboard/export",
    {
      schema: {
        tags: ["dashboard"],
        summary: "Every dashboard chart's numbers as Excel (one sheet per table) or CSV",
        description: FILTERS_DESCRIPTION,
        querystring: figureExportQuery,
        response: { 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { format, lang, ...filters } = request.query;
      const db = await portfolioReadDb(ctx, request);
      const tables = await dashboardTables(db, user, filters, ctx.now());
      return sendFigureTables(reply, await labelTables(db, tables, lang), {
        format,
        filename: "prima-dashboard",
        language: lang,
      });
    },
  );

  app.get(
    "/dashboard/:chart",
    {
      schema: {
        tags: ["dashboard"],
        summary: "One dashboard chart's numbers, as tables",
        description:
          `${FILTERS_DESCRIPTION} Charts: portfolio (projects and budgets by region × funding year), ` +
          "areas and activities (budgets weighted by each project's shares), beneficiaries (targeted vs " +
          "reached, from each project's latest accepted narrative report), pipeline (projects by status, " +
          "and review turnaround), overdue (overdue reports by region × funding year).",
        params: z.object({ chart: z.enum(DASHBOARD_CHARTS) }),
        querystring: dashboardFilters,
        response: { 200: figureTables, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const db = await portfolioReadDb(ctx, request);
      return { tables: await chartTables(db, user, request.params.chart, request.query, ctx.now()) };
    },
  );

  app.get(
    "/dashboard/:chart/export",
    {
      schema: {
        tags: ["dashboard"],
        summary: "One chart's numbers as Excel (one sheet per table) or CSV: what its table view shows",
        description: FILTERS_DESCRIPTION,
        params: z.object({ chart: z.enum(DASHBOARD_CHARTS) }),
        querystring: figureExportQuery,
        response: { 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { format, lang, ...filters } = request.query;
      const db = await portfolioReadDb(ctx, request);
      const tables = await chartTables(db, user, request.params.chart, filters, ctx.now());
      return sendFigureTables(reply, await labelTables(db, tables, lang), {
        format,
        filename: `prima-dashboard-${request.params.chart}`,
        language: lang,
      });
    },
  );
};

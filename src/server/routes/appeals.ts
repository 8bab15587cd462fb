/**
 * Appeals (funding requirements, e.g. seed 001's 2016 appeal imported with `prima import appeal`)
 * and their comparison with the funded projects, as a figure table and as Excel/CSV.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  appealCodeParams,
  appealComparisonExportQuery,
  appealComparisonQuery,
  appealList,
  labelComparisonTable,
} from "../../domain/appealComparison";
import { figureTables } from "../../domain/dashboard";
import { errorBody } from "../../domain/errors";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { sendFigureTables } from "../exports/figureTables";
import { notFound } from "../http/errors";
import { compareAppeal, findAppealId, listAppeals } from "../services/appealComparison";
import { loadReferenceData } from "../services/loadReferenceData";

const COMPARISON_DESCRIPTION =
  "Required (the appeal) against funded (approved budget of approved, active and closed projects you may " +
  "read) and coverage in %, `by` region, country or area of work, for a `fundingYear` and `fundLine` " +
  "(all when absent) and optionally one `region`. A project with several countries counts in each for an " +
  "equal part of its budget, and in each area of work for its share, split in whole cents (largest " +
  "remainders), so parts add up exactly. Each row's `row` says what it is (group, multiRegional, " +
  "regionalProgrammes, regionWide, notBrokenDown, total). Money in integer cents.";

export const appealsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/appeals",
    {
      schema: {
        tags: ["appeals"],
        summary: "The appeals (published funding requirements) imported into PRIMA",
        response: { 200: appealList, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await listAppeals(ctx.db) };
    },
  );

  const appealIdOf = async (code: string) => {
    const id = await findAppealId(ctx.db, code);
    if (!id) throw notFound("This appeal");
    return id;
  };

  app.get(
    "/appeals/:code/comparison",
    {
      schema: {
        tags: ["appeals"],
        summary: "An appeal's requirements against the funded projects",
        description: COMPARISON_DESCRIPTION,
        params: appealCodeParams,
        querystring: appealComparisonQuery,
        response: { 200: figureTables, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const table = await compareAppeal(ctx.db, user, await appealIdOf(request.params.code), request.query);
      return { tables: [table] };
    },
  );

  app.get(
    "/appeals/:code/comparison/export",
    {
      schema: {
        tags: ["appeals"],
        summary: "The comparison's numbers as Excel or CSV, with names in the chosen language",
        description: COMPARISON_DESCRIPTION,
        params: appealCodeParams,
        querystring: appealComparisonExportQuery,
        response: { 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { format, lang, ...query } = request.query;
      const appealId = await appealIdOf(request.params.code);
      const [table, reference] = await Promise.all([
        compareAppeal(ctx.db, user, appealId, query),
        loadReferenceData(ctx.db),
      ]);
      const names = {
        region: new Map(reference.regions.map((r) => [r.code, r.name[lang]])),
        country: new Map(reference.countries.map((c) => [c.iso3, c.name[lang]])),
        area: new Map(reference.areasOfWork.map((a) => [a.code, a.name[lang]])),
      };
      const labelled = labelComparisonTable(table, (column, code) => names[column].get(code) ?? code, lang);
      return sendFigureTables(reply, [labelled], {
        format,
        filename: `prima-appeal-${request.params.code}-by-${query.by}`,
        language: lang,
      });
    },
  );
};

/**
 * Downloads of the filtered project list: Excel (several sheets), CSV (the Projects sheet) and
 * IATI 2.03 activity XML. Streamed as they are written, within the user's read scope.
 */
import { PassThrough } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dayOf } from "../../domain/calendar";
import { errorBody } from "../../domain/errors";
import { projectExportQuery } from "../../domain/projectExport";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { CONTENT_TYPES, setDownloadHeaders } from "../exports/cells";
import { exportLanguage } from "../exports/language";
import { EXPORT_EXTENSIONS, exportProjects } from "../exports/projectExports";
import { ExportAborted } from "../exports/streams";
import { projectFilters } from "../services/projects/listProjects";

export const exportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/projects/export",
    {
      config: { admission: "transfers" },
      schema: {
        tags: ["exports"],
        summary: "The filtered project list as Excel, CSV or IATI 2.03 XML, within what you may read",
        description:
          "Takes the project list's filters. `xlsx`: sheets Projects, Areas of work, Activity types, " +
          "Beneficiaries and Reports; `csv`: the Projects sheet; `iati`: one `iati-activity` per project. " +
          "Rows are ordered by project code; headings follow `lang`, else Accept-Language, else English.",
        querystring: projectExportQuery,
        response: {
          200: z.any().describe("The file: .xlsx, .csv or IATI .xml"),
          400: errorBody,
          401: errorBody,
          403: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { format, lang, ...filters } = request.query;
      const language = exportLanguage(lang, request.headers["accept-language"]);
      const today = dayOf(ctx.now());
      const where = projectFilters(user, { ...filters, page: 1, pageSize: 1, sort: "code", order: "asc" });
      const db = await portfolioReadDb(ctx, request);
      const body = new PassThrough();
      setDownloadHeaders(
        reply,
        `prima-projects-${today}.${EXPORT_EXTENSIONS[format]}`,
        CONTENT_TYPES[format],
      );
      exportProjects(format, { db, where, language, today }, ctx.config.iati, body).catch((error) => {
        // Headers are gone by now: all that is left is to cut the download short, visibly.
        if (error instanceof ExportAborted) request.log.info("project export: the client went away");
        else request.log.error({ err: error }, "project export failed");
        body.destroy(error as Error);
      });
      return reply.send(body);
    },
  );
};

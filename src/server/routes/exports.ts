/**
 * Downloads of the filtered project list: Excel (several sheets), CSV (the Projects sheet) and
 * IATI 2.03 activity XML. Streamed as they are written, within the user's read scope.
 * And one project's proposal as a Word document, for whoever may read the project.
 */
import { PassThrough } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dayOf } from "../../domain/calendar";
import { errorBody } from "../../domain/errors";
import { projectExportQuery } from "../../domain/projectExport";
import { PROPOSAL_CONTENT_TYPE, proposalQuery } from "../../domain/proposal";
import { requireUser } from "../auth/plugin";
import type { AppContext } from "../context";
import { portfolioReadDb } from "../db/readReplica";
import { CONTENT_TYPES, setDownloadHeaders } from "../exports/cells";
import { exportLanguage } from "../exports/language";
import { EXPORT_EXTENSIONS, exportProjects } from "../exports/projectExports";
import { proposalBuffer } from "../exports/proposal/proposalDocument";
import { proposalWords } from "../exports/proposal/proposalWords";
import { ExportAborted } from "../exports/streams";
import { presentProject } from "../presenters/project";
import { projectFilters } from "../services/projects/listProjects";
import { readProposal } from "../services/projects/readProposal";

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

  app.get(
    "/projects/:id/proposal.docx",
    {
      schema: {
        tags: ["exports"],
        summary: "The project's proposal as a Word document, for whoever may read the project",
        description:
          "Cover (code, title, countries, fund line, duration, budget), summary, objective, results " +
          "matrix, workplan, budget by area of work and by activity type, target beneficiaries, " +
          "strategic alignment and a signatures block, in `lang`, else your preferred language, " +
          "else Accept-Language, else English.",
        params: z.object({ id: z.uuid() }),
        querystring: proposalQuery,
        response: {
          200: z.any().describe("The .docx file"),
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const language =
        request.query.lang ?? user.language ?? exportLanguage(undefined, request.headers["accept-language"]);
      const proposal = await readProposal(ctx.db, user, request.params.id);
      const project = presentProject(user, proposal.project);
      // A proposal is a few dozen kilobytes: built whole, so a failure is still a clean error answer.
      const file = await proposalBuffer(
        {
          project,
          matrix: proposal.matrix,
          milestones: proposal.workplan.milestones,
          reference: proposal.reference,
          today: dayOf(ctx.now()),
        },
        proposalWords(language),
      );
      setDownloadHeaders(reply, `${project.code}-proposal.docx`, PROPOSAL_CONTENT_TYPE);
      return reply.send(file);
    },
  );
};

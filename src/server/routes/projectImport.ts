/**
 * Bringing a portfolio in from a workbook (fund managers and administrators): the template to fill
 * in, and the upload that checks it (dry run) or imports it, all or nothing.
 */
import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dayOf } from "../../domain/calendar";
import { errorBody, Invalid } from "../../domain/errors";
import { EXPORT_LANGUAGES } from "../../domain/projectExport";
import { projectImportFields, projectImportResult } from "../../domain/projectImport";
import { fieldErrorsFromZod } from "../../domain/validation";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { CONTENT_TYPES, setDownloadHeaders } from "../exports/cells";
import { exportLanguage } from "../exports/language";
import { payloadTooLarge } from "../http/errors";
import { uploadedFile } from "../http/uploads";
import { importTemplate } from "../imports/importTemplate";
import { readImportWorkbook } from "../imports/readImportWorkbook";
import { authorize } from "../policies/authorize";
import { importProjectsAs } from "../services/projects/importProjects";

const tags = ["import"];

export const projectImportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const maxBytes = ctx.config.uploadMaxBytes;
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 100, parts: 6 },
  });

  app.get(
    "/projects/import/template",
    {
      schema: {
        tags,
        summary: "The import template: the export's sheets with their headings, and the reference lists",
        querystring: z.object({ lang: z.enum(EXPORT_LANGUAGES).optional() }),
        response: { 200: z.any().describe("The .xlsx file"), 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      authorize(requireUser(request), "importProjects");
      const language = exportLanguage(request.query.lang, request.headers["accept-language"]);
      const body = await importTemplate(ctx.db, language);
      setDownloadHeaders(reply, `prima-import-template-${dayOf(ctx.now())}.xlsx`, CONTENT_TYPES.xlsx);
      return reply.send(body);
    },
  );

  app.post(
    "/projects/import",
    {
      config: { admission: "transfers" },
      // Refused before the upload is read: someone who may not import learns that first.
      preValidation: refuseEarlyUnless("importProjects"),
      schema: {
        tags,
        summary: "Check (dryRun) or import a portfolio workbook, all or nothing",
        description:
          "Multipart form: field `dryRun` (true or false), then the .xlsx in field `file`, with the sheets " +
          "Projects, Areas of work, Activity types and Beneficiaries of the Excel export (headings in en, fr " +
          "or es). A dry run answers 200 with every problem (sheet, row, column, value, code) or the number " +
          "of projects ready; an import answers 201 when every project was written, else 400 with one field " +
          "error per problem (params: sheet, row, column, value) and nothing written.",
        consumes: ["multipart/form-data"],
        response: {
          200: projectImportResult,
          201: projectImportResult,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          413: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const file = await uploadedFile(
        request,
        'Send the workbook as multipart/form-data in the field "file"',
      );
      const dryRunField = file.fields.dryRun;
      const fields = projectImportFields.safeParse({
        dryRun:
          dryRunField && !Array.isArray(dryRunField) && dryRunField.type === "field"
            ? dryRunField.value
            : undefined,
      });
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
          throw payloadTooLarge(
            `The file is larger than the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB allowed; nothing was imported`,
          );
        }
        throw error;
      }
      if (!fields.success) throw new Invalid(fieldErrorsFromZod(fields.error));
      if (bytes.length === 0)
        throw new Invalid([{ field: "file", code: "empty", message: "The file is empty" }]);
      const sheets = await readImportWorkbook(bytes);
      const { dryRun } = fields.data;
      const result = await importProjectsAs(ctx.db, user, {
        sheets,
        file: file.filename.slice(0, 255),
        dryRun,
        now: ctx.now(),
      });
      if (!dryRun && result.problems.length > 0) {
        throw new Invalid(
          result.problems.map((p) => ({
            field: "file",
            code: p.code,
            message: `${p.sheet}${p.row === null ? "" : `, row ${p.row}`}${p.column ? `, column ${p.column}` : ""}: ${p.message}`,
            params: {
              ...p.params,
              sheet: p.sheet,
              ...(p.row === null ? {} : { row: p.row }),
              ...(p.column === null ? {} : { column: p.column }),
              ...(p.value === null ? {} : { value: p.value }),
            },
          })),
        );
      }
      return reply.code(result.imported ? 201 : 200).send({ dryRun, ...result });
    },
  );
};

/**
 * Appeals (funding requirements, e.g. seed 001's 2016 appeal imported with `prima import appeal`)
 * and their comparison with the funded projects, as a figure table and as Excel/CSV.
 */
import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  appealCodeParams,
  appealComparisonExportQuery,
  appealComparisonQuery,
  appealImportFields,
  appealImportSummary,
  appealList,
  labelComparisonTable,
} from "../../domain/appealComparison";
import { figureTables } from "../../domain/dashboard";
import { errorBody, Invalid, NotFound } from "../../domain/errors";
import { comparisonRowLabel } from "../../web/i18n/figureTexts";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { sendFigureTables } from "../exports/figureTables";
import { payloadTooLarge } from "../http/errors";
import { uploadedFile } from "../http/uploads";
import { presentAppeal, presentAppealImport } from "../presenters/appeal";
import { compareAppeal } from "../services/appeal/compareAppeal";
import { findAppealId } from "../services/appeal/findAppealId";
import { importAppealAs } from "../services/appeal/importAppeal";
import { listAppeals } from "../services/appeal/listAppeals";
import { loadReferenceData } from "../services/reference/loadReferenceData";

const COMPARISON_DESCRIPTION =
  "Required (the appeal) against funded (approved budget of approved, active and closed projects you may " +
  "read) and coverage in %, `by` region, country or area of work, for a `fundingYear` and `fundLine` " +
  "(all when absent) and optionally one `region`. A project with several countries counts in each for an " +
  "equal part of its budget, and in each area of work for its share, split in whole cents (largest " +
  "remainders), so parts add up exactly. Each row's `row` says what it is (group, multiRegional, " +
  "regionalProgrammes, regionWide, notBrokenDown, total). Money in integer cents.";

/** An appeal's text is a few tens of kilobytes; anything much larger is not one. */
const MAX_APPEAL_BYTES = 1024 * 1024;

function fieldValues(file: MultipartFile): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    if (field && !Array.isArray(field) && field.type === "field") values[name] = field.value;
  }
  delete values.file;
  return values;
}

/** The zod issues of the upload's fields as field errors. */
function fieldErrors(error: { issues: { path: PropertyKey[]; code: string; message: string }[] }) {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "",
    code: issue.code,
    message: issue.message,
  }));
}

export const appealsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_APPEAL_BYTES, files: 1, fields: 5, fieldSize: 1_000, parts: 6 },
  });

  app.post(
    "/appeals",
    {
      config: { admission: "transfers" },
      // Refused before the upload is read: someone who may not import learns that first.
      preValidation: refuseEarlyUnless("importAppeal"),
      schema: {
        tags: ["appeals"],
        summary: "Import an appeal's funding requirements (fund managers and administrators)",
        description:
          "Multipart form: fields `code`, `title`, `year`, then the text in field `file` (the tab-separated " +
          "tables of seed 001, as `prima import appeal` reads them). Re-importing a code replaces its " +
          "requirements. Unreadable lines: 400 with one field error per line, nothing written; totals that " +
          "do not add up come back as `warnings`.",
        consumes: ["multipart/form-data"],
        response: {
          201: appealImportSummary,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          413: errorBody,
        },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const file = await uploadedFile(request, 'Send the text as multipart/form-data in the field "file"');
      const fields = appealImportFields.safeParse(fieldValues(file));
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
          throw payloadTooLarge("An appeal's text is at most 1 MB; nothing was imported");
        }
        throw error;
      }
      if (!fields.success) throw new Invalid(fieldErrors(fields.error));
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        throw new Invalid([{ field: "file", code: "encoding", message: "The file is not UTF-8 text" }]);
      }
      const result = await importAppealAs(ctx.db, user, { text, ...fields.data, now: ctx.now() });
      if (!result.ok) {
        throw new Invalid(
          result.errors.map((issue) => ({
            field: "file",
            code: issue.code,
            message: issue.line === null ? issue.message : `Line ${issue.line}: ${issue.message}`,
            ...(issue.line === null ? {} : { params: { line: issue.line } }),
          })),
        );
      }
      const { ok: _ok, ...summary } = result;
      return reply.code(201).send(presentAppealImport(summary));
    },
  );

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
      return { items: (await listAppeals(ctx.db)).map(presentAppeal) };
    },
  );

  const appealIdOf = async (code: string) => {
    const id = await findAppealId(ctx.db, code);
    if (!id) throw new NotFound("This appeal");
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
      const labelled = labelComparisonTable(
        table,
        (column, code) => names[column].get(code) ?? code,
        (kind) => comparisonRowLabel(kind, lang),
      );
      return sendFigureTables(reply, [labelled], {
        format,
        filename: `prima-appeal-${request.params.code}-by-${query.by}`,
        language: lang,
      });
    },
  );
};

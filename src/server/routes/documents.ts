/**
 * The electronic filing over HTTP: multipart upload (fields first, then the file), listing and
 * download. Reading follows the project's authorization; filing is for its participants.
 */
import { createReadStream } from "node:fs";
import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { documentList, documentUploadFields, projectDocument } from "../../domain/documents";
import { errorBody, Invalid, NotFound } from "../../domain/errors";
import { fieldErrorsFromZod } from "../../domain/validation";
import type { AppContext } from "../context";
import {
  acceptedMediaType,
  discard,
  isStorageFull,
  receiveUpload,
  storedPath,
  UploadRefused,
  UploadTooLarge,
} from "../files/documentStore";
import { HttpError, payloadTooLarge, storageFull, unsupportedType } from "../http/errors";
import { uploadedFile } from "../http/uploads";
import { presentDocument } from "../presenters/document";
import { type FilingTarget, fileDocument } from "../services/documents/fileDocument";
import { findVersion } from "../services/documents/findVersion";
import { listDocuments } from "../services/documents/listDocuments";
import { readableProject } from "./readableProject";

const idParams = z.object({ id: z.uuid() });
const documentParams = idParams.extend({ documentId: z.uuid() });
const versionParams = documentParams.extend({ version: z.coerce.number().int().min(1) });
const tags = ["documents"];
const uploadResponses = {
  201: projectDocument,
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  413: errorBody,
  415: errorBody,
  507: errorBody,
};

/** A full disk is the server's state, not the request's fault: a 507 that says so, not a 500. */
function refusedWhenFull(error: unknown): unknown {
  return isStorageFull(error)
    ? storageFull("The document storage is full (tell your administrator); nothing was filed")
    : error;
}

function fieldValue(file: MultipartFile, name: string): unknown {
  const field = file.fields[name];
  return field && !Array.isArray(field) && field.type === "field" ? field.value : undefined;
}

/** A safe download name: the original, with anything that could break the header replaced. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const documentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const maxBytes = ctx.config.uploadMaxBytes;
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  });

  /** Receives the one file of the request and files it; whatever fails leaves nothing behind. */
  async function receiveAndFile(
    request: FastifyRequest,
    projectId: string,
    target: (file: MultipartFile) => FilingTarget,
  ) {
    // Refused before the upload is received: nothing is written for someone who may not file.
    const { user } = await readableProject(ctx, request, projectId, "fileDocument");
    const file = await uploadedFile(request, 'Send the file as multipart/form-data in the field "file"');
    let filingTarget: FilingTarget;
    try {
      filingTarget = target(file);
    } catch (error) {
      file.file.resume();
      throw error;
    }
    let received: Awaited<ReturnType<typeof receiveUpload>>;
    try {
      received = await receiveUpload(ctx.config.dataDir, file.file, maxBytes);
    } catch (error) {
      if (error instanceof UploadTooLarge || (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
        throw payloadTooLarge(
          `The file is larger than the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB allowed; nothing was filed`,
        );
      }
      throw refusedWhenFull(error);
    }
    let mediaType: string;
    try {
      if (received.sizeBytes === 0) {
        throw new Invalid([{ field: "file", code: "empty", message: "The file is empty" }]);
      }
      mediaType = await acceptedMediaType(received, file.filename);
    } catch (error) {
      await discard(received.tempPath);
      if (error instanceof UploadRefused) throw unsupportedType(error.message);
      throw error;
    }
    try {
      const filed = await fileDocument(
        ctx.db,
        ctx.config.dataDir,
        user,
        projectId,
        filingTarget,
        { ...received, filename: file.filename.slice(0, 255), mediaType },
        ctx.now(),
      );
      return presentDocument(filed);
    } catch (error) {
      throw refusedWhenFull(error);
    }
  }

  app.get(
    "/projects/:id/documents",
    {
      schema: {
        tags,
        summary: "The project's documents with all their versions, and the upload size limit",
        params: idParams,
        response: { 200: documentList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await readableProject(ctx, request, request.params.id);
      const items = await listDocuments(ctx.db, request.params.id);
      return { items: items.map(presentDocument), maxBytes };
    },
  );

  app.post(
    "/projects/:id/documents",
    {
      config: { admission: "transfers" },
      schema: {
        tags,
        summary:
          "File a new document: multipart form with fields kind, title and optionally reportId (attaches it to one of the project's reports), then the file in field file",
        consumes: ["multipart/form-data"],
        params: idParams,
        response: uploadResponses,
      },
    },
    async (request, reply) => {
      const document = await receiveAndFile(request, request.params.id, (file) => {
        const parsed = documentUploadFields.safeParse({
          kind: fieldValue(file, "kind"),
          title: fieldValue(file, "title"),
          reportId: fieldValue(file, "reportId"),
        });
        if (!parsed.success) throw new Invalid(fieldErrorsFromZod(parsed.error));
        return parsed.data;
      });
      return reply.status(201).send(document);
    },
  );

  app.post(
    "/projects/:id/documents/:documentId/versions",
    {
      config: { admission: "transfers" },
      schema: {
        tags,
        summary: "File a new version of a document: multipart form with the file in field file",
        consumes: ["multipart/form-data"],
        params: documentParams,
        response: uploadResponses,
      },
    },
    async (request, reply) => {
      const document = await receiveAndFile(request, request.params.id, () => ({
        documentId: request.params.documentId,
      }));
      return reply.status(201).send(document);
    },
  );

  app.get(
    "/projects/:id/documents/:documentId/versions/:version/download",
    {
      config: { admission: "transfers" },
      schema: {
        tags,
        summary: "Download one version of a document",
        params: versionParams,
        response: { 200: z.any().describe("The file"), 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await readableProject(ctx, request, request.params.id);
      const { id, documentId, version } = request.params;
      const found = await findVersion(ctx.db, id, documentId, version);
      if (!found) throw new NotFound("This document version");
      let stream: ReturnType<typeof createReadStream>;
      try {
        stream = createReadStream(storedPath(ctx.config.dataDir, found.storagePath));
        await new Promise<void>((resolve, reject) =>
          stream.once("open", () => resolve()).once("error", reject),
        );
      } catch {
        request.log.error({ documentId, version }, "filed document missing on disk");
        throw new HttpError(500, {
          error: "internal",
          message: "The file is missing from the filing; it has been logged",
        });
      }
      return reply
        .header("content-type", found.mediaType)
        .header("content-length", String(found.sizeBytes))
        .header("content-disposition", contentDisposition(found.filename))
        .header("x-content-sha256", found.sha256)
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );
};

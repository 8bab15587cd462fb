/**
 * How every upload route reads its multipart body: the one file, with the fields sent before it.
 * Whatever the client got wrong is a 400 and nothing is written: no file, a field value, field
 * name or file name the database cannot store (named as the field, or "file.filename"), or a body
 * the multipart parser cannot read (no boundary, cut off before its end) — the parser reports the
 * latter when the file is asked for or only while it is read, so the error handler recognises it
 * with isMalformedMultipart wherever it surfaces.
 */
import type { Multipart, MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { Invalid } from "../../domain/errors";
import { unstorableTextFields } from "../../domain/storableText";

/** What the parser sent, as a JSON-like record: field values by name, a file part as { filename }. */
function sentParts(file: MultipartFile): Record<string, unknown> {
  const asSent = (part: Multipart) => (part.type === "file" ? { filename: part.filename } : part.value);
  const sent: Record<string, unknown> = {};
  for (const [name, parts] of Object.entries(file.fields)) {
    if (parts) sent[name] = Array.isArray(parts) ? parts.map(asSent) : asSent(parts);
  }
  return sent;
}

export async function uploadedFile(request: FastifyRequest, notMultipart: string): Promise<MultipartFile> {
  if (!request.isMultipart()) {
    throw new Invalid([{ field: "file", code: "required", message: notMultipart }]);
  }
  const file = await request.file();
  if (!file) {
    throw new Invalid([{ field: "file", code: "required", message: "Choose a file to upload" }]);
  }
  const unstorable = unstorableTextFields(sentParts(file));
  if (unstorable.length > 0) {
    file.file.resume();
    throw new Invalid(unstorable);
  }
  return file;
}

/**
 * The multipart parser's (@fastify/busboy's) own errors, which carry no code: a missing boundary,
 * and a body that ends before its closing boundary (reported on the body, and on the file part
 * being read).
 */
const MULTIPART_PARSE_ERROR =
  /^(Multipart: Boundary not found|Unexpected end of multipart data|\w+ terminated early due to unexpected end of multipart data)$/;

export function isMalformedMultipart(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === undefined &&
    MULTIPART_PARSE_ERROR.test(error.message)
  );
}

export const malformedUpload = () =>
  new Invalid([
    {
      field: "file",
      code: "malformedUpload",
      message:
        "The upload is not a complete multipart/form-data body (no boundary, or cut off before its end); nothing was saved",
    },
  ]);

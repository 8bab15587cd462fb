/** The electronic filing of a project: documents, each with numbered versions. */
import { z } from "zod";

export const DOCUMENT_KINDS = ["proposal", "endorsement", "budget", "report", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_TITLE_MAX = 200;

/**
 * What may be filed, by the type read from the file's content (never its name): office
 * documents, PDF, images and plain text. The extension must agree with the content.
 */
export const ACCEPTED_DOCUMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/x-cfb": ["doc", "xls", "ppt"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "text/plain": ["txt", "csv"],
};

export const documentUploadFields = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1).max(DOCUMENT_TITLE_MAX),
  /** Attaches the document to one of the project's reports; an empty form field means none. */
  reportId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
});

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const documentVersion = z.object({
  version: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: personRef.nullable(),
  uploadedAt: z.iso.datetime({ offset: true }),
  downloadUrl: z.string(),
});

export const projectDocument = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  /** The report it is attached to, if any. */
  reportId: z.uuid().nullable(),
  /** Newest first. */
  versions: z.array(documentVersion),
});
export type ProjectDocument = z.infer<typeof projectDocument>;
export const documentList = z.object({ items: z.array(projectDocument), maxBytes: z.number().int() });

/** A project's filed documents with all their versions, newest version first. */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documents, documentVersions, users } from "../../db/schema";

export interface DocumentRecord {
  document: typeof documents.$inferSelect;
  versions: {
    version: number;
    filename: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: Date;
    uploadedBy: { id: string; name: string } | null;
  }[];
}

/** Narrowed to one document (onlyId) or to a report's attachments (reportId) when given. */
export async function listDocuments(
  db: DbOrTx,
  projectId: string,
  onlyId?: string,
  reportId?: string,
): Promise<DocumentRecord[]> {
  const docs = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.projectId, projectId),
        onlyId ? eq(documents.id, onlyId) : undefined,
        reportId ? eq(documents.reportId, reportId) : undefined,
      ),
    )
    .orderBy(asc(documents.createdAt), asc(documents.title));
  if (docs.length === 0) return [];
  const versions = await db
    .select({
      documentId: documentVersions.documentId,
      version: documentVersions.version,
      filename: documentVersions.filename,
      mediaType: documentVersions.mediaType,
      sizeBytes: documentVersions.sizeBytes,
      sha256: documentVersions.sha256,
      uploadedAt: documentVersions.uploadedAt,
      userId: users.id,
      userName: users.name,
    })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.uploadedById))
    .where(
      inArray(
        documentVersions.documentId,
        docs.map((d) => d.id),
      ),
    )
    .orderBy(desc(documentVersions.version));
  return docs.map((document) => ({
    document,
    versions: versions
      .filter((v) => v.documentId === document.id)
      .map(({ documentId: _document, userId, userName, ...version }) => ({
        ...version,
        uploadedBy: userId ? { id: userId, name: userName ?? "" } : null,
      })),
  }));
}

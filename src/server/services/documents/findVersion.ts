/** Where one version of a project's document is stored, for its download; null when there is none. */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { documents, documentVersions } from "../../db/schema";

export async function findVersion(db: DbOrTx, projectId: string, documentId: string, version: number) {
  const [row] = await db
    .select({
      filename: documentVersions.filename,
      mediaType: documentVersions.mediaType,
      sizeBytes: documentVersions.sizeBytes,
      sha256: documentVersions.sha256,
      storagePath: documentVersions.storagePath,
    })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(
      and(
        eq(documents.projectId, projectId),
        eq(documents.id, documentId),
        eq(documentVersions.version, version),
      ),
    );
  return row ?? null;
}

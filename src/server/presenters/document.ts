/** The only place where the JSON of a filed document and its versions is shaped for clients. */
import type { DocumentKind, ProjectDocument } from "../../domain/documents";
import type { DocumentRecord } from "../services/documents/listDocuments";

export function presentDocument({ document: d, versions }: DocumentRecord): ProjectDocument {
  return {
    id: d.id,
    kind: d.kind as DocumentKind,
    title: d.title,
    reportId: d.reportId,
    versions: versions.map((v) => ({
      version: v.version,
      filename: v.filename,
      mediaType: v.mediaType,
      sizeBytes: v.sizeBytes,
      sha256: v.sha256,
      uploadedBy: v.uploadedBy,
      uploadedAt: v.uploadedAt.toISOString(),
      downloadUrl: `/api/projects/${d.projectId}/documents/${d.id}/versions/${v.version}/download`,
    })),
  };
}

/** The electronic filing of a project: file a document, a new version of one, list, download. */
import { and, asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { DocumentKind, ProjectDocument } from "../../../domain/documents";
import { Invalid, NotFound, Refused } from "../../../domain/errors";
import { isEditable } from "../../../domain/reportSchedule";
import type { Db, DbOrTx, Tx } from "../../db/client";
import { documents, documentVersions, reports, users } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import { discard, type ReceivedFile, storedPath, storeFile } from "../../files/documentStore";
import type { Actor } from "../../policies/actor";
import { can } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import { readableProject } from "../projects/readableProject";

export async function listDocuments(
  db: DbOrTx,
  projectId: string,
  onlyId?: string,
  reportId?: string,
): Promise<ProjectDocument[]> {
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
  return docs.map((d) => ({
    id: d.id,
    kind: d.kind as DocumentKind,
    title: d.title,
    reportId: d.reportId,
    versions: versions
      .filter((v) => v.documentId === d.id)
      .map((v) => ({
        version: v.version,
        filename: v.filename,
        mediaType: v.mediaType,
        sizeBytes: v.sizeBytes,
        sha256: v.sha256,
        uploadedBy: v.userId ? { id: v.userId, name: v.userName ?? "" } : null,
        uploadedAt: v.uploadedAt.toISOString(),
        downloadUrl: `/api/projects/${projectId}/documents/${d.id}/versions/${v.version}/download`,
      })),
  }));
}

export type FilingTarget = { kind: DocumentKind; title: string; reportId?: string } | { documentId: string };

/**
 * A report's attachments are part of what its managers submit: they may be added only by them,
 * while the report can still change, and adding one makes the report a new version, so that a
 * fund manager deciding on the page they saw gets a 409 rather than missing the new file.
 */
async function claimReportForFiling(tx: Tx, actor: Actor, projectId: string, reportId: string, now: Date) {
  const [report] = await tx
    .select({ id: reports.id, status: reports.status })
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.projectId, projectId)))
    .for("update");
  if (!report) {
    throw new Invalid([
      { field: "reportId", code: "unknownReport", message: "This project has no such report" },
    ]);
  }
  const project = await loadProjectScope(tx, projectId);
  if (!project || !can(actor, "writeReport", project) || !isEditable(report)) {
    throw new Refused(
      "Files are attached to a report by the project's managers, while the report can still be changed",
    );
  }
  await tx
    .update(reports)
    .set({ version: sql`${reports.version} + 1`, updatedAt: now })
    .where(eq(reports.id, reportId));
}

/**
 * Files a received file as a new document or a new version. The file is moved into place
 * inside the transaction and removed again if the transaction fails.
 */
export async function fileDocument(
  db: Db,
  dataDir: string,
  actor: Actor,
  projectId: string,
  target: FilingTarget,
  file: ReceivedFile & { filename: string; mediaType: string },
  now: Date,
): Promise<ProjectDocument> {
  let stored: string | null = null;
  try {
    return await db.transaction(async (tx) => {
      await readableProject(tx, actor, projectId, "fileDocument");
      let documentId: string;
      let version = 1;
      if ("documentId" in target) {
        const [doc] = await tx
          .select({ id: documents.id, reportId: documents.reportId })
          .from(documents)
          .where(and(eq(documents.id, target.documentId), eq(documents.projectId, projectId)))
          .for("update");
        if (!doc) throw new NotFound("This document");
        if (doc.reportId) await claimReportForFiling(tx, actor, projectId, doc.reportId, now);
        documentId = doc.id;
        const [latest] = await tx
          .select({ v: max(documentVersions.version) })
          .from(documentVersions)
          .where(eq(documentVersions.documentId, documentId));
        version = (latest?.v ?? 0) + 1;
      } else {
        if (target.reportId) await claimReportForFiling(tx, actor, projectId, target.reportId, now);
        const [doc] = await tx
          .insert(documents)
          .values({
            projectId,
            kind: target.kind,
            title: target.title,
            reportId: target.reportId ?? null,
            createdById: actor.id,
            createdAt: now,
          })
          .returning({ id: documents.id });
        documentId = (doc as { id: string }).id;
      }
      const relative = await storeFile(dataDir, file, now);
      stored = storedPath(dataDir, relative);
      await tx.insert(documentVersions).values({
        documentId,
        version,
        filename: file.filename,
        mediaType: file.mediaType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        storagePath: relative,
        uploadedById: actor.id,
        uploadedAt: now,
      });
      const filed = {
        documentId,
        version,
        filename: file.filename,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        ...("kind" in target ? { kind: target.kind, title: target.title, reportId: target.reportId } : {}),
      };
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "project",
        entityId: projectId,
        action: version === 1 ? "documentUploaded" : "documentVersioned",
        after: filed,
        at: now,
      });
      await recordEvent(
        tx,
        { projectId, actorId: actor.id, at: now },
        { kind: "documentFiled", payload: filed },
      );
      return (await listDocuments(tx, projectId, documentId))[0] as ProjectDocument;
    });
  } catch (error) {
    await discard(stored ?? file.tempPath);
    throw error;
  }
}

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

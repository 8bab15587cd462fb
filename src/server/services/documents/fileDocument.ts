/**
 * Files a document or a new version of one in a project's electronic filing, in one transaction
 * with its audit and domain events; a report's attachment makes the report a new version.
 */
import { and, eq, max, sql } from "drizzle-orm";
import type { DocumentKind } from "../../../domain/documents";
import { Invalid, NotFound, Refused } from "../../../domain/errors";
import { isEditable } from "../../../domain/reportSchedule";
import type { Db, Tx } from "../../db/client";
import { documents, documentVersions, reports } from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import { discard, type ReceivedFile, storedPath, storeFile } from "../../files/documentStore";
import type { Actor } from "../../policies/actor";
import { can } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import { readableProject } from "../projects/readableProject";
import { type DocumentRecord, listDocuments } from "./listDocuments";

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
): Promise<DocumentRecord> {
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
      return (await listDocuments(tx, projectId, documentId))[0] as DocumentRecord;
    });
  } catch (error) {
    await discard(stored ?? file.tempPath);
    throw error;
  }
}

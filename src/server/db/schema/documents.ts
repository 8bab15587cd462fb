/** The electronic filing: documents of a project and their versions (files live under DATA_DIR). */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { reports } from "./monitoring";
import { users } from "./people";
import { projects } from "./projects";

export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    /** Set when the document is attached to a report (src/server/db/schema/monitoring.ts). */
    reportId: uuid("report_id").references(() => reports.id, { onDelete: "set null" }),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt,
  },
  (t) => [
    index("documents_project_idx").on(t.projectId),
    check("documents_kind_known", sql`${t.kind} in ('proposal','endorsement','budget','report','other')`),
  ],
);

export const documentVersions = pgTable(
  "document_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    version: integer("version").notNull(),
    filename: text("filename").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    /** Relative to DATA_DIR/documents; never derived from the user's file name. */
    storagePath: text("storage_path").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("document_versions_number_idx").on(t.documentId, t.version),
    check("document_versions_size", sql`${t.sizeBytes} >= 0`),
  ],
);

/** The only place where extension-request JSON for clients is shaped. */
import { monthsAdded, type ProjectExtension } from "../../domain/extensions";
import type { ExtensionRecord } from "../services/extensions/loadExtensions";

export function presentExtension({
  extension: row,
  requestedBy,
  decidedBy,
}: ExtensionRecord): ProjectExtension {
  return {
    id: row.id,
    previousEnd: row.previousEnd,
    requestedEnd: row.requestedEnd,
    monthsAdded: monthsAdded(row.previousEnd, row.requestedEnd),
    justification: row.justification,
    status: row.status,
    requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    version: row.version,
  };
}

/** The only place where budget-revision JSON for clients is shaped. */
import { formatMoney } from "../../domain/money";
import { type ProjectRevision, presentSnapshot } from "../../domain/revisions";
import type { RevisionRecord } from "../services/revisions/loadRevisions";

export function presentRevision({ revision: row, requestedBy, decidedBy }: RevisionRecord): ProjectRevision {
  return {
    id: row.id,
    status: row.status,
    previousTotal: formatMoney(row.previousCents),
    newTotal: formatMoney(row.newCents),
    change: formatMoney(row.newCents - row.previousCents),
    before: presentSnapshot(row.before),
    after: presentSnapshot(row.after),
    justification: row.justification,
    requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    version: row.version,
  };
}

import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { reports } from "../../db/schema";

/**
 * What a project has spent: expenditure is reported to date, so it is the latest accepted
 * financial report of each project (latest period, the final report after an interim one of the
 * same period). The one definition the envelopes and the spending views read, as a subquery `latest`.
 */
export function latestAcceptedFinancialReports(db: DbOrTx) {
  return db
    .selectDistinctOn([reports.projectId], {
      id: reports.id,
      projectId: reports.projectId,
      periodEnd: reports.periodEnd,
    })
    .from(reports)
    .where(and(eq(reports.kind, "financial"), eq(reports.status, "accepted")))
    .orderBy(reports.projectId, desc(reports.periodEnd), desc(reports.stage))
    .as("latest");
}

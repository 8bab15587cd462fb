import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { reports } from "../../db/schema";

/**
 * What a project has spent: expenditure is reported to date, so it is the latest accepted
 * financial report of each project (latest period, the final report after an interim one of the
 * same period). The spending views read it, as a subquery `latest`; the figure rollup (envelopes)
 * reads its twin in SQL (sql/reportFiguresSql.ts), in the same order.
 */
export function latestAcceptedFinancialReports(db: DbOrTx) {
  return (
    db
      .selectDistinctOn([reports.projectId], {
        id: reports.id,
        projectId: reports.projectId,
        periodEnd: reports.periodEnd,
      })
      .from(reports)
      .where(and(eq(reports.kind, "financial"), eq(reports.status, "accepted")))
      // "final" sorts before "interim" as text: compare, so that desc puts the final report first.
      .orderBy(
        reports.projectId,
        desc(reports.periodEnd),
        desc(sql`${reports.stage} = 'final'`),
        asc(reports.id),
      )
      .as("latest")
  );
}

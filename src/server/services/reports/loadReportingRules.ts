/**
 * The fund's reporting rules as stored, one set per fund line in the fund lines' order, with the
 * name of whoever changed them last.
 */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { fundLines, reportingRules, users } from "../../db/schema";

export interface ReportingRulesRecord {
  rules: typeof reportingRules.$inferSelect;
  updatedByName: string | null;
}

export async function loadReportingRules(db: DbOrTx, fundLine?: string): Promise<ReportingRulesRecord[]> {
  return db
    .select({ rules: reportingRules, updatedByName: users.name })
    .from(reportingRules)
    .innerJoin(fundLines, eq(fundLines.code, reportingRules.fundLine))
    .leftJoin(users, eq(users.id, reportingRules.updatedById))
    .where(fundLine === undefined ? undefined : eq(reportingRules.fundLine, fundLine))
    .orderBy(asc(fundLines.sort), asc(fundLines.code));
}

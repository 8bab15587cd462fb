/** Every fund line's reporting rules, and whether this user may change them. */
import type { DbOrTx } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { reportingRulesPolicies } from "../../policies/reportPolicies";
import { loadReportingRules, type ReportingRulesRecord } from "./loadReportingRules";

export async function readReportingRules(
  db: DbOrTx,
  actor: Actor,
): Promise<{ items: ReportingRulesRecord[]; can: { edit: boolean } }> {
  return { items: await loadReportingRules(db), can: reportingRulesPolicies(actor) };
}

/**
 * The `transaction`s of the IATI export (issue 15, section 6): the fund's commitment at approval
 * and the expenditure of accepted financial reports. Loaded per batch of projects (two queries a
 * batch, never one per project) and written per activity.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { dayOf, type IsoDate } from "../../domain/calendar";
import { COMMITTED_STATUSES } from "../../domain/envelopes";
import {
  type AcceptedFinancialReport,
  commitmentTransactions,
  expenditureTransactions,
  type IatiTransaction,
  type RevisionCommitment,
} from "../../domain/iatiTransactions";
import { formatMoney } from "../../domain/money";
import type { Config } from "../config";
import type { DbOrTx } from "../db/client";
import { projectTransitions, reportAreaExpenditures, reports } from "../db/schema";
import { approvedRevisionChanges } from "../services/revisions/approvedRevisionChanges";
import { el, narrative } from "./iatiElements";
import type { ExportProject } from "./projectRows";

export interface TransactionFacts {
  /** The day of the latest approval, by project id. */
  approvedOn: Map<string, IsoDate>;
  /** Accepted financial reports with their expenditure to date, by project id. */
  financial: Map<string, AcceptedFinancialReport[]>;
  /** Approved budget revisions, by project id. */
  revisions: Map<string, RevisionCommitment[]>;
}

export async function transactionFactsOf(db: DbOrTx, ids: string[]): Promise<TransactionFacts> {
  const [approvals, accepted, revisions] = await Promise.all([
    db
      .select({
        projectId: projectTransitions.projectId,
        at: sql<Date>`max(${projectTransitions.at})`.mapWith((v) => new Date(v)),
      })
      .from(projectTransitions)
      .where(and(inArray(projectTransitions.projectId, ids), eq(projectTransitions.toStatus, "approved")))
      .groupBy(projectTransitions.projectId),
    db
      .select({
        projectId: reports.projectId,
        periodEnd: reports.periodEnd,
        stage: reports.stage,
        decidedAt: reports.decidedAt,
        spent: sql<string>`coalesce((select sum(${reportAreaExpenditures.amountCents}) from ${reportAreaExpenditures} where ${reportAreaExpenditures.reportId} = ${reports.id}), 0)`,
      })
      .from(reports)
      .where(
        and(inArray(reports.projectId, ids), eq(reports.kind, "financial"), eq(reports.status, "accepted")),
      )
      .orderBy(asc(reports.periodEnd)),
    approvedRevisionChanges(db, ids),
  ]);
  const financial = new Map<string, AcceptedFinancialReport[]>();
  for (const row of accepted) {
    const list = financial.get(row.projectId) ?? [];
    list.push({
      periodEnd: row.periodEnd,
      stage: row.stage,
      // An accepted report always has its decision; the period's end stands in for a row without.
      decidedOn: row.decidedAt ? dayOf(row.decidedAt) : row.periodEnd,
      spentToDateCents: Number(row.spent),
    });
    financial.set(row.projectId, list);
  }
  return { approvedOn: new Map(approvals.map((a) => [a.projectId, dayOf(a.at)])), financial, revisions };
}

/** What the activity reports, in date order: commitment first, then each expenditure. */
export function transactionsOf(
  project: ExportProject,
  facts: TransactionFacts,
  today: IsoDate,
): IatiTransaction[] {
  const funded = (COMMITTED_STATUSES as readonly string[]).includes(project.status);
  if (!funded) return [];
  // In date order; on the same day a commitment before expenditure (the sort is stable).
  return [
    ...commitmentTransactions(
      facts.approvedOn.get(project.id) ?? null,
      project.approvedBudgetCents,
      facts.revisions.get(project.id) ?? [],
      today,
    ),
    ...expenditureTransactions(facts.financial.get(project.id) ?? [], today),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The fund commits its money to the implementing organisation (provider the fund, receiver the
 * organisation, as the participating-org elements say); expenditure is the implementing
 * organisation's own outlay on goods and services, so it names the provider only.
 */
export function transactionsXml(
  project: ExportProject,
  facts: TransactionFacts,
  iati: Config["iati"],
  today: IsoDate,
): string[] {
  const fund = el(
    "provider-org",
    { ref: iati.reportingOrgRef, type: iati.reportingOrgType },
    narrative(iati.fundName),
  );
  const implementer = (name: string) =>
    el(name, { ref: iati.reportingOrgRef, type: iati.reportingOrgType }, narrative(iati.reportingOrgName));
  return transactionsOf(project, facts, today).map((t) =>
    el(
      "transaction",
      {},
      el("transaction-type", { code: t.type }),
      el("transaction-date", { "iso-date": t.date }),
      el("value", { currency: "USD", "value-date": t.date }, formatMoney(t.cents)),
      ...(t.type === "2" ? [fund, implementer("receiver-org")] : [implementer("provider-org")]),
    ),
  );
}

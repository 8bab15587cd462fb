/**
 * The money flows an IATI activity reports as transactions (issue 15, section 6): the fund's
 * commitment when it approves a project, and the expenditure its accepted financial reports
 * show. Pure, so that the export and its tests read the same rule.
 */
import type { IsoDate } from "./calendar";

/** An accepted financial report: expenditure to date at the end of its period. */
export interface AcceptedFinancialReport {
  periodEnd: IsoDate;
  /** The day the fund manager accepted it. */
  decidedOn: IsoDate;
  stage: "interim" | "final";
  spentToDateCents: number;
}

export interface IatiTransaction {
  /** TransactionType: 2 outgoing commitment, 4 expenditure. */
  type: "2" | "4";
  date: IsoDate;
  cents: number;
}

const byPeriod = (a: AcceptedFinancialReport, b: AcceptedFinancialReport) =>
  a.periodEnd < b.periodEnd
    ? -1
    : a.periodEnd > b.periodEnd
      ? 1
      : a.stage === b.stage
        ? 0
        : a.stage === "interim"
          ? -1
          : 1;

/**
 * Reports give expenditure to date, so each one yields its increase over the previous one, dated
 * the end of its period (the money was spent by then), or the day it was accepted when that came
 * first. A decrease (a correction of an earlier report) is reported as a negative expenditure, as
 * the Standard allows, so that the expenditures always add up to the latest report's figure; an
 * unchanged figure yields nothing. Nothing is dated after `today`: a transaction is a fact.
 */
export function expenditureTransactions(
  reports: readonly AcceptedFinancialReport[],
  today: IsoDate,
): IatiTransaction[] {
  const out: IatiTransaction[] = [];
  let previous = 0;
  for (const report of [...reports].sort(byPeriod)) {
    const [date = report.periodEnd] = [report.decidedOn, report.periodEnd].sort();
    if (date > today) break;
    const cents = report.spentToDateCents - previous;
    previous = report.spentToDateCents;
    if (cents !== 0) out.push({ type: "4", date, cents });
  }
  return out;
}

/** An approved budget revision: the day it was decided and the budget before and after. */
export interface RevisionCommitment {
  decidedOn: IsoDate;
  previousCents: number;
  newCents: number;
}

/**
 * The commitments: the amount approved on the day of the (latest) approval, then each approved
 * revision's change on the day it was decided (a decrease as a negative commitment), so that they
 * add up to the budget approved now. `approvedCents` is the current budget; the one approved at
 * first is what the earliest revision started from.
 */
export function commitmentTransactions(
  approvedOn: IsoDate | null,
  approvedCents: number | null,
  revisions: readonly RevisionCommitment[],
  today: IsoDate,
): IatiTransaction[] {
  if (approvedOn === null || approvedCents === null || approvedOn > today) return [];
  const ordered = [...revisions].sort((a, b) =>
    a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0,
  );
  const shown = ordered.filter((r) => r.decidedOn <= today);
  // What was committed at approval: the current budget less every change since, so the sum holds
  // even if a revision was decided after `today` (then it is left out with its change).
  const laterChanges = ordered.reduce((sum, r) => sum + r.newCents - r.previousCents, 0);
  const out: IatiTransaction[] = [{ type: "2", date: approvedOn, cents: approvedCents - laterChanges }];
  for (const revision of shown) {
    const change = revision.newCents - revision.previousCents;
    if (change !== 0) out.push({ type: "2", date: revision.decidedOn, cents: change });
  }
  return out;
}

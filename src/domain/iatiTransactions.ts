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

/** The commitment: the approved amount on the day of the (latest) approval, if it has happened. */
export function commitmentTransaction(
  approvedOn: IsoDate | null,
  approvedCents: number | null,
  today: IsoDate,
): IatiTransaction[] {
  if (approvedOn === null || approvedCents === null || approvedOn > today) return [];
  return [{ type: "2", date: approvedOn, cents: approvedCents }];
}

/**
 * A project's budget by year as every reader shows it (project page, Excel, IATI): the requested
 * split as planned or by days (splitOrDefault), and once approved, the approved split as stored
 * by the approval, or, when none is stored or it no longer fits, the requested split scaled to
 * the approved amount. Both columns add up to their totals to the cent.
 */
import { checkSplit, scaleSplit, splitOrDefault } from "./annualSplit";
import type { IsoDate } from "./calendar";

export interface BudgetYear {
  start: IsoDate;
  end: IsoDate;
  requestedCents: number;
  approvedCents: number | null;
}

export interface PlannedYear {
  requested: number;
  approved: number | null;
}

export function budgetByYear(
  project: {
    requestedBudgetCents: number;
    approvedBudgetCents: number | null;
    plannedStart: IsoDate;
    plannedEnd: IsoDate;
  },
  planned: readonly PlannedYear[],
): BudgetYear[] {
  const requested = splitOrDefault(
    project.requestedBudgetCents,
    project.plannedStart,
    project.plannedEnd,
    planned.length > 0 ? planned.map((y) => y.requested) : null,
  );
  const approvedTotal = project.approvedBudgetCents;
  let approved: (number | null)[] = requested.map(() => null);
  if (approvedTotal !== null) {
    const stored = planned.map((y) => y.approved);
    approved =
      stored.every((c): c is number => c !== null) &&
      checkSplit(stored, approvedTotal, requested.length) === null
        ? stored
        : scaleSplit(
            requested.map((y) => y.cents),
            approvedTotal,
          );
  }
  return requested.map((year, i) => ({
    start: year.start,
    end: year.end,
    requestedCents: year.cents,
    approvedCents: approved[i] ?? null,
  }));
}

/** The split IATI and the fund report as current: the approved one once approved, else the requested. */
export function currentSplit(
  years: readonly BudgetYear[],
): { start: IsoDate; end: IsoDate; cents: number }[] {
  return years.map((y) => ({ start: y.start, end: y.end, cents: y.approvedCents ?? y.requestedCents }));
}

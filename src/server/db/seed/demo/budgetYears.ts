/**
 * The demo's budgets by year (issue 15 §2): every third project of more than one year has a plan
 * of its own instead of the split by days, a lighter first year (setting up) and fuller later
 * ones; once approved, the approved split is that plan scaled to the approved amount, as the
 * approval does it (about a third of the demo's approvals give less than was requested).
 */
import { allocateCents } from "../../../../domain/allocation";
import { scaleSplit, yearPeriods } from "../../../../domain/annualSplit";
import { daysBetween } from "../../../../domain/calendar";
import type { DemoProject } from "./plan";

export interface DemoBudgetYear {
  projectId: string;
  yearIndex: number;
  requestedCents: number;
  approvedCents: number | null;
}

export function demoBudgetYears(portfolio: readonly DemoProject[]): DemoBudgetYear[] {
  return portfolio.flatMap((project, index) => {
    const periods = yearPeriods(project.plannedStart, project.plannedEnd);
    if (periods.length < 2 || index % 3 !== 0) return [];
    // Per day, the first year spends three parts for every five of the later years.
    const weights = periods.map((p, i) => (daysBetween(p.start, p.end) + 1) * (i === 0 ? 3 : 5));
    const requested = allocateCents(project.requestedBudgetCents, weights);
    const approved =
      project.approvedBudgetCents === null ? null : scaleSplit(requested, project.approvedBudgetCents);
    return requested.map((requestedCents, yearIndex) => ({
      projectId: project.id,
      yearIndex,
      requestedCents,
      approvedCents: approved ? (approved[yearIndex] ?? 0) : null,
    }));
  });
}

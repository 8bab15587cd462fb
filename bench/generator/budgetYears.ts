/**
 * Each generated project's budget by year (issue 15 §2): the split by days, with every other
 * multi-year project front-loaded (a tenth of its last year moved to its first) so the portfolio
 * holds planned splits and not only the default, and, once funded, the approved split scaled from it
 * as an approval does. No random draw here: adding these rows leaves every other row unchanged.
 */
import { annualSplit, scaleSplit } from "../../src/domain/annualSplit";
import type { DemoProject } from "../../src/server/db/seed/demo/plan";
import type { Rows } from "./rows";

export function budgetYearRows(project: DemoProject): Rows["budgetYears"] {
  const split = annualSplit(project.requestedBudgetCents, project.plannedStart, project.plannedEnd).map(
    (period) => period.cents,
  );
  if (split.length > 1 && Number.parseInt(project.id.slice(-1), 16) % 2 === 0) {
    const moved = Math.floor((split.at(-1) as number) / 10);
    split[0] = (split[0] as number) + moved;
    split[split.length - 1] = (split.at(-1) as number) - moved;
  }
  const approved =
    project.approvedBudgetCents === null || project.approvedBudgetCents === undefined
      ? null
      : scaleSplit(split, project.approvedBudgetCents);
  return split.map((requestedCents, yearIndex) => ({
    projectId: project.id,
    yearIndex,
    requestedCents,
    approvedCents: approved ? (approved[yearIndex] as number) : null,
  }));
}

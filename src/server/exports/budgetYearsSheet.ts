/**
 * The workbook's "Budget by year" sheet (issue 15 §2): one row per year of each listed project,
 * with the amounts the project page shows (domain budgetByYear: the plan, or the split by days,
 * and the approved split once approved), read in the same batches as the other sheets.
 */
import { budgetByYear } from "../../domain/budgetByYear";
import type { IsoDate } from "../../domain/calendar";
import type { FigureValue } from "../../domain/figures";
import type { DbOrTx } from "../db/client";
import { loadBudgetYears } from "../services/projects/budgetYears";
import { EXPORT_BATCH_SIZE, withPrefetch } from "./projectRows";
import type { SheetRows } from "./xlsxStream";

/** What the sheet needs of each project already written on the Projects sheet. */
export interface BudgetFacts {
  id: string;
  code: string;
  requestedBudgetCents: number;
  approvedBudgetCents: number | null;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
}

function* batches(projects: readonly BudgetFacts[]): Generator<BudgetFacts[]> {
  for (let from = 0; from < projects.length; from += EXPORT_BATCH_SIZE) {
    yield projects.slice(from, from + EXPORT_BATCH_SIZE);
  }
}

export async function writeBudgetYearsSheet(
  db: DbOrTx,
  rows: SheetRows,
  projects: readonly BudgetFacts[],
  rowOf: (values: Record<string, FigureValue>) => FigureValue[],
): Promise<void> {
  const loaded = withPrefetch(batches(projects), (batch) =>
    loadBudgetYears(
      db,
      batch.map((p) => p.id),
    ),
  );
  for await (const [batch, planned] of loaded) {
    for (const project of batch) {
      const plan = planned.get(project.id);
      const stored = plan
        ? plan.requested.map((requested, i) => ({ requested, approved: plan.approved?.[i] ?? null }))
        : [];
      for (const year of budgetByYear(project, stored)) {
        rows.add(
          rowOf({
            code: project.code,
            periodStart: year.start,
            periodEnd: year.end,
            requestedBudget: year.requestedCents,
            approvedBudget: year.approvedCents,
          }),
        );
      }
    }
    await rows.ready();
  }
}

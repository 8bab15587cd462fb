/**
 * Reading and writing a project's budget by year (issue 15 §2). The rows only hold what someone
 * planned; `splitOrDefault` in domain/annualSplit.ts turns them into periods with dates, falling
 * back to the split by days, so callers never read the table directly.
 */
import { asc, eq, inArray } from "drizzle-orm";
import {
  annualSplit,
  checkSplit,
  extendSplit,
  scaleSplit,
  splitOrDefault,
  yearPeriods,
} from "../../../domain/annualSplit";
import { budgetByYear } from "../../../domain/budgetByYear";
import { budgetYearsCents } from "../../../domain/budgetYearsInput";
import type { IsoDate } from "../../../domain/calendar";
import type { DbOrTx } from "../../db/client";
import { projectBudgetYears } from "../../db/schema";
import type { ProjectRecord } from "./loadProject";

export interface PlannedYears {
  /** The requested budget per year, as the PM planned it; empty = not planned (split by days). */
  requested: number[];
  /** The approved budget per year, once approved (or revised); null before. */
  approved: number[] | null;
}

export async function loadBudgetYears(
  db: DbOrTx,
  projectIds: readonly string[],
): Promise<Map<string, PlannedYears>> {
  const byProject = new Map<string, PlannedYears>();
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .select()
    .from(projectBudgetYears)
    .where(inArray(projectBudgetYears.projectId, [...projectIds]))
    .orderBy(asc(projectBudgetYears.projectId), asc(projectBudgetYears.yearIndex));
  for (const row of rows) {
    const entry = byProject.get(row.projectId) ?? { requested: [], approved: [] as number[] | null };
    entry.requested.push(row.requestedCents);
    if (row.approvedCents === null) entry.approved = null;
    else entry.approved?.push(row.approvedCents);
    byProject.set(row.projectId, entry);
  }
  return byProject;
}

/**
 * Replaces the project's planned years. `approved` null keeps the project unapproved; its length
 * must equal `requested`'s (both are the same periods).
 */
export async function writeBudgetYears(
  tx: DbOrTx,
  projectId: string,
  requested: readonly number[],
  approved: readonly number[] | null,
): Promise<void> {
  if (approved && approved.length !== requested.length) throw new RangeError("approved years");
  await tx.delete(projectBudgetYears).where(eq(projectBudgetYears.projectId, projectId));
  if (requested.length === 0) return;
  await tx.insert(projectBudgetYears).values(
    requested.map((requestedCents, yearIndex) => ({
      projectId,
      yearIndex,
      requestedCents,
      approvedCents: approved ? (approved[yearIndex] ?? 0) : null,
    })),
  );
}

/**
 * What a create or an edit of the proposal does to its budget by year. Sent (already checked
 * against the dates and the total by the input schema): it becomes the plan, except that a split
 * equal to the split by days is stored as no plan, so the default keeps following the dates.
 * Not sent (an API client that does not know the years): the plan is kept while it still fits,
 * scaled to a new total when only the total changed (same number of years), and dropped, back to
 * the split by days, when the number of years changed.
 */
export async function savePlannedYears(
  tx: DbOrTx,
  projectId: string,
  project: { requestedBudgetCents: number; plannedStart: IsoDate; plannedEnd: IsoDate },
  sent: readonly string[] | undefined,
  planned: readonly number[],
): Promise<void> {
  const { requestedBudgetCents: total, plannedStart, plannedEnd } = project;
  const years = yearPeriods(plannedStart, plannedEnd).length;
  let next: readonly number[];
  if (sent) next = budgetYearsCents(sent);
  else if (planned.length === 0) return;
  else if (planned.length !== years) next = [];
  else next = checkSplit(planned, total, years) === null ? planned : scaleSplit(planned, total);
  const byDays = annualSplit(total, plannedStart, plannedEnd).map((p) => p.cents);
  const isByDays = next.length === byDays.length && next.every((c, i) => c === byDays[i]);
  await writeBudgetYears(tx, projectId, isByDays ? [] : next, null);
}

/**
 * The approval keeps the requested split (as planned, or by days): the approved budget per year is
 * that split scaled to the approved amount, exact to the cent. Runs in the approval's transaction.
 */
export async function approveBudgetYears(
  tx: DbOrTx,
  record: ProjectRecord,
  approvedCents: number,
): Promise<void> {
  const { row } = record;
  const requested = splitOrDefault(
    row.requestedBudgetCents,
    row.plannedStart,
    row.plannedEnd,
    record.budgetYears.map((y) => y.requested),
  ).map((p) => p.cents);
  await writeBudgetYears(tx, row.id, requested, scaleSplit(requested, approvedCents));
}

/**
 * An approved extension moved the planned end: both splits follow domain extendSplit (earlier years
 * keep their money, the last year's is spread by days over the years from it on). A project whose
 * split was never planned nor approved keeps following the split by days.
 */
export async function extendBudgetYears(tx: DbOrTx, record: ProjectRecord, newEnd: IsoDate): Promise<void> {
  const { row } = record;
  if (record.budgetYears.length === 0) return;
  const years = budgetByYear(row, record.budgetYears);
  const requested = extendSplit(
    years.map((y) => y.requestedCents),
    row.plannedStart,
    newEnd,
  );
  const approved =
    row.approvedBudgetCents === null
      ? null
      : extendSplit(
          years.map((y) => y.approvedCents ?? 0),
          row.plannedStart,
          newEnd,
        );
  await writeBudgetYears(tx, row.id, requested, approved);
}

/**
 * Reading and writing a project's budget by year (issue 15 §2). The rows only hold what someone
 * planned; `splitOrDefault` in domain/annualSplit.ts turns them into periods with dates, falling
 * back to the split by days, so callers never read the table directly.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { projectBudgetYears } from "../../db/schema";

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

/**
 * The approved budget revisions of projects, for the IATI export (issue 15 §6): each one's decision
 * date and change of the approved budget in cents (negative for a decrease), oldest first. The
 * export adds a commitment transaction per revision from these; the original commitment is the
 * approval's amount, the project's approved budget before its first revision.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { budgetRevisions } from "../../db/schema";

export interface ApprovedRevisionChange {
  revisionId: string;
  /** The day the fund manager approved it (UTC), an IATI transaction-date. */
  decidedOn: string;
  changeCents: number;
  previousCents: number;
  newCents: number;
}

export async function approvedRevisionChanges(
  db: DbOrTx,
  projectIds: readonly string[],
): Promise<Map<string, ApprovedRevisionChange[]>> {
  const byProject = new Map<string, ApprovedRevisionChange[]>();
  if (projectIds.length === 0) return byProject;
  const rows = await db
    .select({
      id: budgetRevisions.id,
      projectId: budgetRevisions.projectId,
      decidedAt: budgetRevisions.decidedAt,
      previousCents: budgetRevisions.previousCents,
      newCents: budgetRevisions.newCents,
    })
    .from(budgetRevisions)
    .where(and(inArray(budgetRevisions.projectId, [...projectIds]), eq(budgetRevisions.status, "approved")))
    .orderBy(asc(budgetRevisions.decidedAt), asc(budgetRevisions.id));
  for (const row of rows) {
    if (!row.decidedAt) continue;
    const list = byProject.get(row.projectId) ?? [];
    list.push({
      revisionId: row.id,
      decidedOn: row.decidedAt.toISOString().slice(0, 10),
      changeCents: row.newCents - row.previousCents,
      previousCents: row.previousCents,
      newCents: row.newCents,
    });
    byProject.set(row.projectId, list);
  }
  return byProject;
}

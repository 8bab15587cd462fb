/** A project's workplan as stored: its version and its milestones in order. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { milestones, workplans } from "../../db/schema";
import type { WorkplanPolicies } from "../../policies/planPolicies";

export type MilestoneRow = typeof milestones.$inferSelect;

export interface WorkplanRecord {
  milestones: MilestoneRow[];
  version: number;
  updatedAt: Date | null;
}

/** A workplan with what the user may do with it, ready for presentWorkplan. */
export interface WorkplanView {
  workplan: WorkplanRecord;
  can: WorkplanPolicies;
}

/** A project nobody has planned yet has an empty workplan at version 1. */
export async function loadWorkplan(db: DbOrTx, projectId: string): Promise<WorkplanRecord> {
  const [plan] = await db.select().from(workplans).where(eq(workplans.projectId, projectId));
  const rows = await db
    .select()
    .from(milestones)
    .where(eq(milestones.projectId, projectId))
    .orderBy(asc(milestones.sort), asc(milestones.id));
  return { milestones: rows, version: plan?.version ?? 1, updatedAt: plan?.updatedAt ?? null };
}

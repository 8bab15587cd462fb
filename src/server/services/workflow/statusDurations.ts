import { eq } from "drizzle-orm";
import type { ProjectStatus } from "../../../domain/lifecycle";
import { durationsByStatus, type StatusDuration } from "../../../domain/turnaround";
import type { DbOrTx } from "../../db/client";
import { projectTransitions } from "../../db/schema";

/** Time the project spent in each status, read from its transitions. */
export async function statusDurations(db: DbOrTx, projectId: string, now: Date): Promise<StatusDuration[]> {
  const rows = await db
    .select({ toStatus: projectTransitions.toStatus, at: projectTransitions.at })
    .from(projectTransitions)
    .where(eq(projectTransitions.projectId, projectId));
  return durationsByStatus(
    rows.map((r) => ({ toStatus: r.toStatus as ProjectStatus, at: r.at })),
    now,
  );
}

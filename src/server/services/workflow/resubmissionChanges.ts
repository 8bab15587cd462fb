/** What changed between the last two submissions: the reviewer's "since my last review". */
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { stepsWithEffect } from "../../../domain/lifecycleFacts";
import type { ResubmissionChanges } from "../../../domain/workflow";
import type { DbOrTx } from "../../db/client";
import { projectTransitions } from "../../db/schema";
import { changedFields } from "../audit/recordAudit";

/** Snapshots are JSON objects; an older row without one compares as empty. */
function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

export async function resubmissionChanges(db: DbOrTx, projectId: string): Promise<ResubmissionChanges> {
  const submissions = await db
    .select({ at: projectTransitions.at, snapshot: projectTransitions.snapshot })
    .from(projectTransitions)
    .where(
      and(
        eq(projectTransitions.projectId, projectId),
        inArray(projectTransitions.transition, stepsWithEffect("keepSubmittedVersion")),
        isNotNull(projectTransitions.snapshot),
      ),
    )
    .orderBy(desc(projectTransitions.at), desc(projectTransitions.id))
    .limit(2);
  const [latest, previous] = submissions;
  if (!latest || !previous) {
    return { previousSubmittedAt: null, currentSubmittedAt: latest?.at.toISOString() ?? null, changes: [] };
  }
  const changes = changedFields(asRecord(previous.snapshot), asRecord(latest.snapshot));
  delete changes.status;
  return {
    previousSubmittedAt: previous.at.toISOString(),
    currentSubmittedAt: latest.at.toISOString(),
    changes: Object.entries(changes).map(([field, [before, after]]) => ({ field, before, after })),
  };
}

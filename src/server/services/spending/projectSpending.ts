/** A project's budget against its spending to date, for whoever may read the project. */
import { eq } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import type { DbOrTx } from "../../db/client";
import { projects } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readableProject } from "../projects/readableProject";
import { loadSpending, type SpendingRecord } from "./loadSpending";
import { loadSpendingThreshold } from "./loadSpendingThreshold";

export async function projectSpending(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
  now: Date,
): Promise<{ record: SpendingRecord; thresholdPercent: number }> {
  await readableProject(db, actor, projectId);
  const { thresholdPercent } = await loadSpendingThreshold(db);
  const [record] = await loadSpending(db, eq(projects.id, projectId), thresholdPercent, dayOf(now));
  if (!record) throw new Error("A readable project has no spending record");
  return { record, thresholdPercent };
}

/** The fund manager sets the fund's spending threshold; versioned, every change audited. */
import { and, eq, sql } from "drizzle-orm";
import { Conflict } from "../../../domain/errors";
import { DEFAULT_SPENDING_THRESHOLD_PERCENT, type SpendingThresholdInput } from "../../../domain/spending";
import type { Db } from "../../db/client";
import { fundSpendingSettings } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentSpendingThreshold } from "../../presenters/spending";
import { recordAudit } from "../audit/recordAudit";
import { loadSpendingThreshold, type SpendingThresholdRecord } from "./loadSpendingThreshold";

const STALE_MESSAGE =
  "Someone else changed the spending threshold after you opened it. Nothing was saved; reload to see their change.";

export async function updateSpendingThreshold(
  db: Db,
  actor: Actor,
  input: SpendingThresholdInput,
  now: Date,
): Promise<SpendingThresholdRecord> {
  authorize(actor, "editFundRules");
  return db.transaction(async (tx) => {
    await tx
      .insert(fundSpendingSettings)
      .values({ id: 1, thresholdPercent: DEFAULT_SPENDING_THRESHOLD_PERCENT })
      .onConflictDoNothing();
    const before = await loadSpendingThreshold(tx);
    const written = await tx
      .update(fundSpendingSettings)
      .set({
        thresholdPercent: input.thresholdPercent,
        version: sql`${fundSpendingSettings.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(and(eq(fundSpendingSettings.id, 1), eq(fundSpendingSettings.version, input.version)))
      .returning({ id: fundSpendingSettings.id });
    if (written.length === 0) {
      throw new Conflict(STALE_MESSAGE, {
        current: presentSpendingThreshold(await loadSpendingThreshold(tx)),
      });
    }
    const after = await loadSpendingThreshold(tx);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundSpendingThreshold",
      entityId: "fund",
      action: "update",
      before: { thresholdPercent: before.thresholdPercent },
      after: { thresholdPercent: after.thresholdPercent },
      at: now,
    });
    return after;
  });
}

/**
 * Whether an administrator requires two-factor sign-in for administrators and fund managers: one
 * row of app_settings, so that every server instance reads the same answer. Changing it is audited.
 */
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { appSettings } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

const KEY = "two_factor_required";

export async function isTwoFactorRequired(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, KEY));
  return row?.value === "true";
}

export async function readTwoFactorRequirement(db: Db, actor: Actor) {
  authorize(actor, "administerUsers");
  return { required: await isTwoFactorRequired(db) };
}

export async function setTwoFactorRequirement(db: Db, actor: Actor, required: boolean, now: Date) {
  authorize(actor, "administerUsers");
  return db.transaction(async (tx) => {
    const before = await isTwoFactorRequired(tx);
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: String(required) })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: String(required) } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "setting",
      entityId: KEY,
      action: "update",
      before: { required: before },
      after: { required },
      at: now,
    });
    return { required };
  });
}

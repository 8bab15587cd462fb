/** A person changes their own name and language; the version guards against a second tab's save. */
import { and, eq } from "drizzle-orm";
import { Conflict } from "../../../domain/errors";
import type { Language, ProfileChange } from "../../../domain/profile";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { recordAudit } from "../audit/recordAudit";

const STALE = "Your profile was changed elsewhere first (another tab?); here is what was saved";

export async function changeProfile(db: Db, actor: Actor, change: ProfileChange, now: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!row) throw new Conflict(STALE);
    const current = { name: row.name, language: row.language, version: row.version };
    if (row.version !== change.version) throw new Conflict(STALE, { current });
    const [updated] = await tx
      .update(users)
      .set({ name: change.name, language: change.language, version: row.version + 1 })
      .where(and(eq(users.id, actor.id), eq(users.version, row.version)))
      .returning();
    if (!updated) throw new Conflict(STALE, { current });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "updateProfile",
      before: { name: row.name, language: row.language },
      after: { name: updated.name, language: updated.language },
      at: now,
    });
    return updated;
  });
}

/** The language alone (the header's language menu): one value the person sets, the last choice wins. */
export async function changeLanguage(db: Db, actor: Actor, language: Language | null) {
  await db.update(users).set({ language }).where(eq(users.id, actor.id));
}

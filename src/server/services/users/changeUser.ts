/**
 * An administrator changes a person: name, role and region, active or not. Deactivating ends the
 * person's sessions at once; their projects, comments and history keep their name. An
 * administrator cannot deactivate themselves or give up their own role, so the organisation always
 * keeps someone who can administer it.
 */
import { and, eq } from "drizzle-orm";
import { Conflict, type FieldError, Invalid, NotFound } from "../../../domain/errors";
import type { UserChange } from "../../../domain/user";
import { revokeUserSessions } from "../../auth/sessions";
import type { Db } from "../../db/client";
import { regions, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

const STALE = "Someone else changed this person first; here is what they saved";

function shape(row: typeof users.$inferSelect) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    region: row.regionCode,
    active: row.active,
    version: row.version,
  };
}

export async function changeUser(db: Db, actor: Actor, userId: string, change: UserChange, now: Date) {
  authorize(actor, "administerUsers");
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!row) throw new NotFound("This person");
    if (row.version !== change.version) throw new Conflict(STALE, { current: shape(row) });

    const errors: FieldError[] = [];
    if (row.id === actor.id && !change.active) {
      errors.push({
        field: "active",
        code: "ownAccountActive",
        message: "You cannot deactivate your own account",
      });
    }
    if (row.id === actor.id && change.role !== row.role) {
      errors.push({ field: "role", code: "ownAccountRole", message: "You cannot change your own role" });
    }
    if (change.region) {
      const [region] = await tx.select().from(regions).where(eq(regions.code, change.region));
      if (!region)
        errors.push({ field: "region", code: "unknownCode", message: `Unknown region: ${change.region}` });
    }
    if (errors.length > 0) throw new Invalid(errors);

    const [updated] = await tx
      .update(users)
      .set({
        name: change.name,
        role: change.role,
        regionCode: change.region,
        active: change.active,
        version: row.version + 1,
      })
      .where(and(eq(users.id, userId), eq(users.version, row.version)))
      .returning();
    if (!updated) throw new Conflict(STALE, { current: shape(row) });
    if (row.active && !updated.active) await revokeUserSessions(tx, userId, now);

    const before = shape(row);
    const after = shape(updated);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: row.active === updated.active ? "update" : updated.active ? "reactivate" : "deactivate",
      before: { name: before.name, role: before.role, region: before.region, active: before.active },
      after: { name: after.name, role: after.role, region: after.region, active: after.active },
      at: now,
    });
    return after;
  });
}

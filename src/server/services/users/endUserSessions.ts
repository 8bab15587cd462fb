import { revokeUserSessions } from "../../auth/sessions";
import type { Db } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

/** Signs a person out everywhere, e.g. after a lost laptop; the audit trail says who did it. */
export function endUserSessions(db: Db, actor: Actor, userId: string, now: Date) {
  authorize(actor, "administerUsers");
  return db.transaction(async (tx) => {
    await revokeUserSessions(tx, userId, now);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "revokeSessions",
      at: now,
    });
  });
}

/** An administrator adds a person; the account and its audit entry are written together. */

import { Invalid } from "../../../domain/errors";
import { hashPassword } from "../../auth/passwords";
import type { Db } from "../../db/client";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { insertUser, type NewUser } from "./insertUser";

/** `actor` null is the command line (`prima create-user`): whoever runs it holds the server. */
export async function createUser(db: Db, actor: Actor | null, input: NewUser, now: Date) {
  if (actor) authorize(actor, "administerUsers");
  // Hash before the transaction: argon2 is slow on purpose and must not hold database locks.
  const passwordHash = await hashPassword(input.password);
  const result = await db.transaction(async (tx) => {
    const created = await insertUser(tx, input, passwordHash);
    if (created.ok) {
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        entityType: "user",
        entityId: created.user.id,
        action: "create",
        after: { email: created.user.email, role: created.user.role, region: created.user.region },
        at: now,
      });
    }
    return created;
  });
  if (!result.ok) throw new Invalid(result.errors);
  return result.user;
}

/** Everyone with an account, by name, for the administrators' user list. */
import { asc } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";

export function listUsers(db: DbOrTx, actor: Actor) {
  authorize(actor, "administerUsers");
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      region: users.regionCode,
      active: users.active,
    })
    .from(users)
    .orderBy(asc(users.name));
}

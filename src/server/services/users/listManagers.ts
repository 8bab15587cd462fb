import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";

export function listManagers(db: DbOrTx, actor: Actor) {
  authorize(actor, "listManagers");
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "pm"), eq(users.active, true)))
    .orderBy(asc(users.name));
}

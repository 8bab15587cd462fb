import { asc, count } from "drizzle-orm";
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

export async function hasUsers(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

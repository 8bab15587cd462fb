import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { users } from "../db/schema";

export function listManagers(db: DbOrTx) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, "pm"), eq(users.active, true)))
    .orderBy(asc(users.name));
}

/**
 * Whether anyone has an account yet: on the first run `prima serve` then says how to create the
 * first administrator. A check of the server's own start, not a use case of a user: no actor and
 * no authorization, since nobody can be signed in before the first account exists.
 */
import { count } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users } from "../../db/schema";

export async function hasUsers(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/** Finds an appeal by the code users know it by; the comparison and its export address appeals so. */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { appeals } from "../../db/schema";

export async function findAppealId(db: DbOrTx, code: string): Promise<string | null> {
  const [row] = await db.select({ id: appeals.id }).from(appeals).where(eq(appeals.code, code));
  return row?.id ?? null;
}

/** Marks the user's own notifications read (all, or the given ones); others' are untouched. */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { notifications } from "../../db/schema";
import type { Actor } from "../../policies/actor";

export async function markNotificationsRead(db: DbOrTx, user: Actor, ids: number[] | undefined, now: Date) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, user.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids.length > 0 ? ids : [-1]) : undefined,
      ),
    );
}

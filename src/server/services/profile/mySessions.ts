/** A person's own open sessions, and signing out all but this one (a computer left signed in). */
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import type { MySession } from "../../../domain/profile";
import type { Db } from "../../db/client";
import { sessions } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { recordAudit } from "../audit/recordAudit";

/** The handle a session has in its owner's list: part of its hash, which gives no way in. */
const handleOf = (tokenHash: string) => tokenHash.slice(0, 16);

export async function listMySessions(
  db: Db,
  actor: Actor,
  currentHash: string,
  now: Date,
): Promise<MySession[]> {
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, actor.id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
  return rows.map((row) => ({
    id: handleOf(row.tokenHash),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    userAgent: row.userAgent,
    address: row.address,
    current: row.tokenHash === currentHash,
  }));
}

/** Ends every session of the person but this one; answers how many ended. */
export async function endMyOtherSessions(db: Db, actor: Actor, currentHash: string, now: Date) {
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(sessions.userId, actor.id),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
          ne(sessions.tokenHash, currentHash),
        ),
      )
      .returning({ tokenHash: sessions.tokenHash });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "endOtherSessions",
      after: { ended: ended.length },
      at: now,
    });
    return ended.length;
  });
}

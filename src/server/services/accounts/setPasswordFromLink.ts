/**
 * The page a "set your password" link opens: who it is for, then the new password. Using the link
 * ends it and the person's other links, signs them out everywhere (whoever had the old password is
 * out) and clears their failed sign-ins.
 */
import { and, eq, gt, isNull } from "drizzle-orm";
import type { LinkInfo } from "../../../domain/accountLinks";
import { Invalid } from "../../../domain/errors";
import { passwordProblems } from "../../auth/passwordRule";
import { hashPassword } from "../../auth/passwords";
import { hashToken, revokeUserSessions } from "../../auth/sessions";
import { clearAccountFailures } from "../../auth/signInLimits";
import type { Db } from "../../db/client";
import { accountLinks, users } from "../../db/schema";
import { recordAudit } from "../audit/recordAudit";

function linkInvalid() {
  return new Invalid([
    {
      field: "token",
      code: "linkInvalid",
      message: "This link has expired or was already used; ask for a new one",
    },
  ]);
}

async function openLink(db: Db, secret: string, token: string, now: Date) {
  const [found] = await db
    .select({ link: accountLinks, user: users })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(
      and(
        eq(accountLinks.tokenHash, hashToken(secret, token)),
        isNull(accountLinks.usedAt),
        gt(accountLinks.expiresAt, now),
        eq(users.active, true),
      ),
    );
  if (!found) throw linkInvalid();
  return found;
}

export async function readAccountLink(db: Db, secret: string, token: string, now: Date): Promise<LinkInfo> {
  const { link, user } = await openLink(db, secret, token, now);
  return { email: user.email, name: user.name, purpose: link.purpose };
}

export async function setPasswordFromLink(
  db: Db,
  secret: string,
  input: { token: string; password: string },
  now: Date,
) {
  const { link, user } = await openLink(db, secret, input.token, now);
  const problems = await passwordProblems(input.password, user);
  if (problems.length > 0) throw new Invalid(problems);
  // Hash before the transaction: argon2 is slow on purpose and must not hold database locks.
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    // Used once: of two pages sending the same link at once, one wins.
    const [used] = await tx
      .update(accountLinks)
      .set({ usedAt: now })
      .where(and(eq(accountLinks.tokenHash, link.tokenHash), isNull(accountLinks.usedAt)))
      .returning({ tokenHash: accountLinks.tokenHash });
    if (!used) throw linkInvalid();
    await tx
      .update(accountLinks)
      .set({ usedAt: now })
      .where(and(eq(accountLinks.userId, user.id), isNull(accountLinks.usedAt)));
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id, now);
    await clearAccountFailures(tx, user.email);
    await recordAudit(tx, {
      actorId: user.id,
      entityType: "user",
      entityId: user.id,
      action: link.purpose === "invite" ? "acceptInvitation" : "resetPassword",
      at: now,
    });
  });
}

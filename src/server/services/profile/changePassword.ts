/**
 * A person changes their own password: the current one first (a session left open on a shared
 * computer must not be enough to take the account), then the new one under the password rule.
 * Wrong current passwords count towards the sign-in limits like failed sign-ins, so an open session
 * cannot be used to guess the password either. Every other session ends: whoever knew the old
 * password is signed out; this browser stays signed in.
 */
import { and, eq, isNull, ne } from "drizzle-orm";
import { Invalid } from "../../../domain/errors";
import type { PasswordChange } from "../../../domain/profile";
import { passwordProblems } from "../../auth/passwordRule";
import { hashPassword, verifyPassword } from "../../auth/passwords";
import {
  assertSignInAllowed,
  clearAccountFailures,
  recordSignInFailure,
  type SignInLimits,
} from "../../auth/signInLimits";
import type { Db } from "../../db/client";
import { sessions, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { recordAudit } from "../audit/recordAudit";

export async function changePassword(
  db: Db,
  actor: Actor & { email: string; name: string },
  input: PasswordChange,
  from: { address: string; sessionHash: string },
  limits: SignInLimits,
  now: Date,
) {
  const attempt = { email: actor.email, address: from.address };
  await assertSignInAllowed(db, attempt, limits, now);
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordSignInFailure(db, attempt, limits, now);
    throw new Invalid([
      {
        field: "currentPassword",
        code: "currentPasswordWrong",
        message: "This is not your current password",
      },
    ]);
  }
  const problems = await passwordProblems(input.newPassword, actor, "newPassword");
  if (input.newPassword === input.currentPassword) {
    problems.unshift({
      field: "newPassword",
      code: "passwordUnchanged",
      message: "Choose a password other than your current one",
    });
  }
  if (problems.length > 0) throw new Invalid(problems.slice(0, 1));
  // Hash before the transaction: argon2 is slow on purpose and must not hold database locks.
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(
        and(
          eq(sessions.userId, actor.id),
          isNull(sessions.revokedAt),
          ne(sessions.tokenHash, from.sessionHash),
        ),
      );
    await clearAccountFailures(tx, actor.email);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "changePassword",
      at: now,
    });
  });
}

/**
 * Checks a code from the authenticator app, or a recovery code, for a person who has two-factor on,
 * and uses it up: the app's code by moving the last used step forward, a recovery code by marking
 * it used. Both are conditional updates, so two requests with the same code cannot both succeed.
 */
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { Invalid } from "../../../domain/errors";
import { acceptedStep, decryptSecret, hashRecoveryCode } from "../../auth/totp";
import type { DbOrTx } from "../../db/client";
import { recoveryCodes, twoFactor } from "../../db/schema";

export const wrongCode = (field = "code") =>
  new Invalid([
    {
      field,
      code: "twoFactorCodeWrong",
      message: "This code is not right, or was already used; type the code the app shows now",
    },
  ]);

/** The person's secret while two-factor is on (null when off or being set up). */
export async function enabledSecret(db: DbOrTx, sessionSecret: string, userId: string) {
  const [row] = await db.select().from(twoFactor).where(eq(twoFactor.userId, userId));
  if (!row?.enabledAt) return null;
  return { base32: decryptSecret(sessionSecret, row.secretEncrypted), lastUsedStep: row.lastUsedStep };
}

/** Uses the app's code up; false when it does not match, or was used already. */
export async function consumeTotpCode(
  db: DbOrTx,
  base32: string | null,
  userId: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
) {
  if (!base32 || !/^\d{6}$/.test(code)) return false;
  const step = acceptedStep(base32, code, now, lastUsedStep);
  if (step === null) return false;
  const used = await db
    .update(twoFactor)
    .set({ lastUsedStep: step })
    .where(
      and(eq(twoFactor.userId, userId), or(isNull(twoFactor.lastUsedStep), lt(twoFactor.lastUsedStep, step))),
    )
    .returning({ userId: twoFactor.userId });
  return used.length === 1;
}

/** Uses a recovery code up; false when it is not one of the person's unused codes. */
export async function consumeRecoveryCode(
  db: DbOrTx,
  sessionSecret: string,
  userId: string,
  code: string,
  now: Date,
) {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(sessionSecret, code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

/** The app's code (six digits) or, when `allowRecovery`, a recovery code. */
export async function consumeSecondFactor(
  db: DbOrTx,
  sessionSecret: string,
  userId: string,
  code: string,
  now: Date,
  allowRecovery: boolean,
): Promise<"totp" | "recovery" | null> {
  const compact = code.replace(/\s/g, "");
  const secret = await enabledSecret(db, sessionSecret, userId);
  if (!secret) return null;
  if (/^\d{6}$/.test(compact)) {
    return (await consumeTotpCode(db, secret.base32, userId, compact, now, secret.lastUsedStep))
      ? "totp"
      : null;
  }
  if (allowRecovery && (await consumeRecoveryCode(db, sessionSecret, userId, compact, now)))
    return "recovery";
  return null;
}

/** How many unused recovery codes the person has left. */
export async function recoveryCodesLeft(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

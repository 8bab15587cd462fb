/**
 * A person's own two-factor sign-in: set up (a new secret, confirmed with a code before it counts),
 * new recovery codes, turning it off; and an administrator's reset for a lost phone. Each change is
 * audited; the secret and the codes never enter the audit trail.
 */
import { and, eq, isNull } from "drizzle-orm";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import { mustUseTwoFactor, TwoFactorRefusal, type TwoFactorStatus } from "../../../domain/twoFactor";
import { verifyPassword } from "../../auth/passwords";
import { assertSignInAllowed, recordSignInFailure, type SignInLimits } from "../../auth/signInLimits";
import {
  acceptedStep,
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  setupDetails,
} from "../../auth/totp";
import type { Db, DbOrTx } from "../../db/client";
import { pendingSignIns, recoveryCodes, sessions, twoFactor, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { isTwoFactorRequired } from "./twoFactorRequirement";
import { consumeSecondFactor, recoveryCodesLeft, wrongCode } from "./verifySecondFactor";

type Person = Actor & { email: string };

export async function readTwoFactorStatus(db: Db, actor: Actor): Promise<TwoFactorStatus> {
  const [row] = await db.select().from(twoFactor).where(eq(twoFactor.userId, actor.id));
  const enabled = Boolean(row?.enabledAt);
  return {
    enabled,
    recoveryCodesLeft: enabled ? await recoveryCodesLeft(db, actor.id) : 0,
    required: mustUseTwoFactor(actor.role, await isTwoFactorRequired(db)),
  };
}

const alreadyOn = () =>
  new Conflict("Two-factor sign-in is already on; turn it off first to use another app");

/** A new secret, replacing any unconfirmed one; two-factor is not on until a code confirms it. */
export async function startTwoFactorSetup(db: Db, sessionSecret: string, actor: Person, now: Date) {
  const secret = newTotpSecret();
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(twoFactor).where(eq(twoFactor.userId, actor.id)).for("update");
    if (row?.enabledAt) throw alreadyOn();
    const values = {
      secretEncrypted: encryptSecret(sessionSecret, secret),
      createdAt: now,
      lastUsedStep: null,
    };
    await tx
      .insert(twoFactor)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: twoFactor.userId, set: values });
  });
  return setupDetails(secret, actor.email);
}

async function replaceRecoveryCodes(tx: DbOrTx, sessionSecret: string, userId: string) {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(sessionSecret, code) })));
  return codes;
}

/** Switches two-factor on once the person types a current code; gives the recovery codes, once. */
export async function confirmTwoFactor(db: Db, sessionSecret: string, actor: Actor, code: string, now: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(twoFactor).where(eq(twoFactor.userId, actor.id)).for("update");
    if (!row) throw new Conflict("Start setting up two-factor sign-in first");
    if (row.enabledAt) throw alreadyOn();
    const secret = decryptSecret(sessionSecret, row.secretEncrypted);
    const step = secret ? acceptedStep(secret, code, now, null) : null;
    if (step === null) throw wrongCode();
    await tx
      .update(twoFactor)
      .set({ enabledAt: now, lastUsedStep: step })
      .where(eq(twoFactor.userId, actor.id));
    const codes = await replaceRecoveryCodes(tx, sessionSecret, actor.id);
    // Set up: the person's sessions are no longer held at the setup page.
    await tx.update(sessions).set({ twoFactorSetupPending: false }).where(eq(sessions.userId, actor.id));
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "enableTwoFactor",
      at: now,
    });
    return { recoveryCodes: codes };
  });
}

/** New recovery codes (the old ones stop working), for a current code from the app. */
export async function regenerateRecoveryCodes(
  db: Db,
  sessionSecret: string,
  actor: Actor,
  code: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const used = await consumeSecondFactor(tx, sessionSecret, actor.id, code, now, false);
    if (!used) throw wrongCode();
    const codes = await replaceRecoveryCodes(tx, sessionSecret, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "regenerateRecoveryCodes",
      at: now,
    });
    return { recoveryCodes: codes };
  });
}

async function removeTwoFactor(tx: DbOrTx, userId: string) {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(pendingSignIns).where(eq(pendingSignIns.userId, userId));
  await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
}

/**
 * Turns two-factor off with the password and a current code: an open session alone must not be
 * enough. Wrong answers count as failed sign-ins, so the limits stop guessing here too.
 */
export async function turnOffTwoFactor(
  db: Db,
  sessionSecret: string,
  actor: Person,
  input: { password: string; code: string },
  from: { address: string },
  limits: SignInLimits,
  now: Date,
) {
  const attempt = { email: actor.email, address: from.address };
  await assertSignInAllowed(db, attempt, limits, now);
  if (mustUseTwoFactor(actor.role, await isTwoFactorRequired(db))) {
    throw new TwoFactorRefusal(
      "twoFactorRequired",
      "An administrator requires two-factor sign-in for your role",
    );
  }
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row || !(await verifyPassword(row.passwordHash, input.password))) {
    await recordSignInFailure(db, attempt, limits, now);
    throw new Invalid([
      { field: "password", code: "currentPasswordWrong", message: "This is not your current password" },
    ]);
  }
  const turnedOff = await db.transaction(async (tx) => {
    if (!(await consumeSecondFactor(tx, sessionSecret, actor.id, input.code, now, false))) return false;
    await removeTwoFactor(tx, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "disableTwoFactor",
      at: now,
    });
    return true;
  });
  if (!turnedOff) {
    await recordSignInFailure(db, attempt, limits, now);
    throw wrongCode();
  }
}

/**
 * An administrator removes a person's two-factor (a lost phone). When their role requires it, their
 * open sessions are held at the setup page, as a new password sign-in would be.
 */
export async function resetTwoFactor(db: Db, actor: Actor, userId: string, now: Date) {
  authorize(actor, "administerUsers");
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (!person) throw new NotFound("This person");
    await removeTwoFactor(tx, userId);
    if (mustUseTwoFactor(person.role, await isTwoFactorRequired(tx))) {
      await tx
        .update(sessions)
        .set({ twoFactorSetupPending: true })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "resetTwoFactor",
      at: now,
    });
  });
}

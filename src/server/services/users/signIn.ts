/**
 * Checks an e-mail and password and opens a session. The answer and the work are the same whether
 * or not the account exists, so sign-in reveals nothing about who has an account. Failures count
 * towards the sign-in limits (auth/signInLimits.ts); while a limit holds, the password is not even
 * checked.
 *
 * With two-factor on, a correct password opens no session: it gives a short-lived, single-use
 * pending sign-in, which the code from the app (or a recovery code) completes
 * (completeTwoFactorSignIn). Wrong codes count as failed sign-ins, so the same limits apply.
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { Unauthenticated } from "../../../domain/errors";
import { mustUseTwoFactor, PENDING_SIGN_IN_MINUTES } from "../../../domain/twoFactor";
import { timingDummyHash, verifyPassword } from "../../auth/passwords";
import { createSession, hashToken, revokeSession } from "../../auth/sessions";
import {
  assertSignInAllowed,
  clearAccountFailures,
  recordSignInFailure,
  type SignInLimits,
} from "../../auth/signInLimits";
import type { Db, DbOrTx } from "../../db/client";
import { pendingSignIns, twoFactor, users } from "../../db/schema";
import { isTwoFactorRequired } from "../twoFactor/twoFactorRequirement";
import { consumeSecondFactor, wrongCode } from "../twoFactor/verifySecondFactor";

const BAD_CREDENTIALS = "The e-mail or password is not correct";

interface From {
  address: string;
  userAgent: string | null;
  previousSessionHash: string | null;
}
type UserRow = typeof users.$inferSelect;

export type SignInResult =
  | {
      kind: "session";
      user: UserRow & { region: string | null };
      session: Awaited<ReturnType<typeof createSession>>;
      twoFactorSetupPending: boolean;
    }
  | { kind: "twoFactor"; pendingToken: string; expiresAt: Date };

/**
 * The one place where a password (and, when on, its second factor) becomes a session. Single sign-on
 * opens its sessions elsewhere and does not ask for a TOTP code: the identity provider owns the
 * second factor there.
 */
async function openSession(
  tx: DbOrTx,
  secret: string,
  user: UserRow,
  from: From,
  now: Date,
  hasTwoFactor: boolean,
) {
  await clearAccountFailures(tx, user.email);
  // Signing in again (e.g. as someone else on a shared computer) ends the session in the cookie.
  if (from.previousSessionHash) await revokeSession(tx, from.previousSessionHash, now);
  const twoFactorSetupPending = !hasTwoFactor && mustUseTwoFactor(user.role, await isTwoFactorRequired(tx));
  const session = await createSession(
    tx,
    secret,
    user.id,
    now,
    { userAgent: from.userAgent, address: from.address },
    twoFactorSetupPending,
  );
  return {
    kind: "session" as const,
    user: { ...user, region: user.regionCode },
    session,
    twoFactorSetupPending,
  };
}

export async function signIn(
  db: Db,
  secret: string,
  credentials: { email: string; password: string },
  from: From,
  limits: SignInLimits,
  now: Date,
): Promise<SignInResult> {
  const attempt = { email: credentials.email, address: from.address };
  await assertSignInAllowed(db, attempt, limits, now);
  const [user] = await db.select().from(users).where(eq(users.email, credentials.email));
  const valid = user?.active
    ? await verifyPassword(user.passwordHash, credentials.password)
    : (await verifyPassword(await timingDummyHash(), credentials.password)) && false;
  if (!user || !valid) {
    // Committed on its own: the failure must count although the request fails.
    await recordSignInFailure(db, attempt, limits, now);
    throw new Unauthenticated(BAD_CREDENTIALS);
  }
  return db.transaction(async (tx) => {
    const [factor] = await tx
      .select({ enabledAt: twoFactor.enabledAt })
      .from(twoFactor)
      .where(eq(twoFactor.userId, user.id));
    if (!factor?.enabledAt) return openSession(tx, secret, user, from, now, false);
    const pendingToken = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * 60_000);
    await tx.insert(pendingSignIns).values({
      tokenHash: hashToken(secret, pendingToken),
      userId: user.id,
      createdAt: now,
      expiresAt,
      userAgent: from.userAgent?.slice(0, 300) ?? null,
      address: from.address,
    });
    return { kind: "twoFactor" as const, pendingToken, expiresAt };
  });
}

const expired = () =>
  new Unauthenticated("This sign-in has expired or was completed; sign in again with your password");

/** The second step: the pending sign-in and a code from the app or a recovery code open the session. */
export async function completeTwoFactorSignIn(
  db: Db,
  secret: string,
  input: { pendingToken: string; code: string },
  from: From,
  limits: SignInLimits,
  now: Date,
) {
  const tokenHash = hashToken(secret, input.pendingToken);
  const [pending] = await db
    .select({ user: users })
    .from(pendingSignIns)
    .innerJoin(users, eq(users.id, pendingSignIns.userId))
    .where(
      and(
        eq(pendingSignIns.tokenHash, tokenHash),
        isNull(pendingSignIns.usedAt),
        gt(pendingSignIns.expiresAt, now),
      ),
    );
  if (!pending?.user.active) throw expired();
  const user = pending.user;
  const attempt = { email: user.email, address: from.address };
  await assertSignInAllowed(db, attempt, limits, now);
  const result = await db.transaction(async (tx) => {
    if (!(await consumeSecondFactor(tx, secret, user.id, input.code, now, true))) return null;
    // Single use: of two requests with the same pending sign-in, one opens a session.
    const claimed = await tx
      .update(pendingSignIns)
      .set({ usedAt: now })
      .where(and(eq(pendingSignIns.tokenHash, tokenHash), isNull(pendingSignIns.usedAt)))
      .returning({ tokenHash: pendingSignIns.tokenHash });
    if (claimed.length !== 1) throw expired();
    return openSession(tx, secret, user, from, now, true);
  });
  if (!result) {
    await recordSignInFailure(db, attempt, limits, now);
    throw wrongCode();
  }
  return result;
}

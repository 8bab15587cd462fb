/**
 * Sign-in limits that fit an office: only failures count, per account and per client address, in
 * a sliding window. A country office behind one address signs in all morning without tripping
 * anything; a password guessed at is stopped after a few tries on one account, and a spray over
 * many accounts from one address after a larger number (the address ceiling is higher because many
 * honest people share it).
 *
 * The failures live in the database (sign_in_failures), so every server behind a load balancer
 * counts the same ones and a restart forgets none. Two failures arriving at the same instant may
 * both pass the check: the limit can be exceeded by the number of concurrent attempts, which is
 * bounded by the per-address request limit in front of it. The count is per e-mail as typed, whether
 * or not an account has it, so the limit reveals nothing about who has an account.
 */
import { and, desc, eq, gt, lt } from "drizzle-orm";
import { TooManyAttempts } from "../../domain/errors";
import type { Db, DbOrTx } from "../db/client";
import { signInFailures } from "../db/schema";

export interface SignInLimits {
  /** Failures allowed per account in the window; the next attempt waits. */
  accountFailures: number;
  /** Failures allowed per client address in the window, over all accounts. */
  addressFailures: number;
  windowMinutes: number;
}

export interface SignInAttempt {
  email: string;
  address: string;
}

type Key = {
  column: typeof signInFailures.email | typeof signInFailures.address;
  value: string;
  max: number;
};

/**
 * Refuses (TooManyAttempts) while the account or the address has reached its limit, saying how long
 * until the oldest failure that keeps it there leaves the window. Checked before the password is.
 */
export async function assertSignInAllowed(db: Db, attempt: SignInAttempt, limits: SignInLimits, now: Date) {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const keys: Key[] = [
    { column: signInFailures.email, value: attempt.email, max: limits.accountFailures },
    { column: signInFailures.address, value: attempt.address, max: limits.addressFailures },
  ];
  let until = 0;
  for (const key of keys) {
    // The max-th most recent failure: once it leaves the window, fewer than max remain.
    const [blocking] = await db
      .select({ failedAt: signInFailures.failedAt })
      .from(signInFailures)
      .where(and(eq(key.column, key.value), gt(signInFailures.failedAt, since)))
      .orderBy(desc(signInFailures.failedAt))
      .offset(key.max - 1)
      .limit(1);
    if (blocking) until = Math.max(until, blocking.failedAt.getTime() + limits.windowMinutes * 60_000);
  }
  if (until > now.getTime()) throw new TooManyAttempts(Math.ceil((until - now.getTime()) / 1000));
}

/** Counts a failure, and forgets the failures that have left everyone's window. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, limits: SignInLimits, now: Date) {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  await db.transaction(async (tx) => {
    await tx.insert(signInFailures).values({ email: attempt.email, address: attempt.address, failedAt: now });
    await tx.delete(signInFailures).where(lt(signInFailures.failedAt, since));
  });
}

/** A successful sign-in clears its account's failures (not the address's: another account's guesses stay counted). */
export async function clearAccountFailures(db: DbOrTx, email: string) {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

/**
 * Checks an e-mail and password and opens a session. The answer and the work are the same whether
 * or not the account exists, so sign-in reveals nothing about who has an account. Failures count
 * towards the sign-in limits (auth/signInLimits.ts); while a limit holds, the password is not even
 * checked.
 */
import { eq } from "drizzle-orm";
import { Unauthenticated } from "../../../domain/errors";
import { timingDummyHash, verifyPassword } from "../../auth/passwords";
import { createSession, revokeSession } from "../../auth/sessions";
import {
  assertSignInAllowed,
  clearAccountFailures,
  recordSignInFailure,
  type SignInLimits,
} from "../../auth/signInLimits";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";

const BAD_CREDENTIALS = "The e-mail or password is not correct";

export async function signIn(
  db: Db,
  secret: string,
  credentials: { email: string; password: string },
  from: { address: string; userAgent: string | null; previousSessionHash: string | null },
  limits: SignInLimits,
  now: Date,
) {
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
    await clearAccountFailures(tx, credentials.email);
    // Signing in again (e.g. as someone else on a shared computer) ends the session in the cookie.
    if (from.previousSessionHash) await revokeSession(tx, from.previousSessionHash, now);
    const session = await createSession(tx, secret, user.id, now, {
      userAgent: from.userAgent,
      address: from.address,
    });
    return { user: { ...user, region: user.regionCode }, session };
  });
}

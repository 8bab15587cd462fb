/**
 * Checks an e-mail and password and opens a session. The answer and the work are the same whether
 * or not the account exists, so sign-in reveals nothing about who has an account.
 */
import { eq } from "drizzle-orm";
import { Unauthenticated } from "../../../domain/errors";
import { timingDummyHash, verifyPassword } from "../../auth/passwords";
import { createSession, revokeSession } from "../../auth/sessions";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";

const BAD_CREDENTIALS = "The e-mail or password is not correct";

export async function signIn(
  db: Db,
  secret: string,
  credentials: { email: string; password: string },
  previousSessionHash: string | null,
  now: Date,
) {
  const [user] = await db.select().from(users).where(eq(users.email, credentials.email));
  const valid = user?.active
    ? await verifyPassword(user.passwordHash, credentials.password)
    : (await verifyPassword(await timingDummyHash(), credentials.password)) && false;
  if (!user || !valid) throw new Unauthenticated(BAD_CREDENTIALS);
  return db.transaction(async (tx) => {
    // Signing in again (e.g. as someone else on a shared computer) ends the session in the cookie.
    if (previousSessionHash) await revokeSession(tx, previousSessionHash, now);
    const session = await createSession(tx, secret, user.id, now);
    return { user: { ...user, region: user.regionCode }, session };
  });
}

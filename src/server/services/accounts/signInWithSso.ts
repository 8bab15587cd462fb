/**
 * A person the identity provider vouches for opens a PRIMA session: matched on their verified
 * e-mail address, created at their first sign-in when the installation allows it, refused when
 * their account is deactivated. The session is the same as after a password (same cookie, same
 * CSRF token, same list in the profile); a pending invitation counts as accepted, since the person
 * has proven who they are. PRIMA asks no second factor after this: the provider owns it.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { Refused } from "../../../domain/errors";
import { type SsoClaims, type SsoRefusal, ssoIdentity } from "../../../domain/sso";
import { hashPassword } from "../../auth/passwords";
import { createSession, revokeSession, type SessionClient } from "../../auth/sessions";
import type { OidcConfig } from "../../config";
import type { Db } from "../../db/client";
import { accountLinks, users } from "../../db/schema";
import { recordAudit } from "../audit/recordAudit";

/** A refusal the sign-in page explains; `code` is one of domain/sso.ts's SSO_REFUSALS. */
export class SsoRefused extends Refused {
  constructor(
    readonly code: SsoRefusal,
    message: string,
  ) {
    super(message);
  }
}

export async function signInWithSso(
  db: Db,
  secret: string,
  settings: Pick<OidcConfig, "issuer" | "defaultRole" | "autoCreate" | "trustEmail">,
  claims: SsoClaims,
  from: SessionClient & { previousSessionHash: string | null },
  now: Date,
) {
  const identity = ssoIdentity(claims, settings.trustEmail);
  if (!identity.ok)
    throw new SsoRefused(identity.refusal, "The identity provider did not vouch for an e-mail address");
  // Only for a new account: a password nobody knows, so that the account has one, as every other
  // does, until the person chooses theirs (forgotten password) where passwords are allowed.
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, identity.email));
  const unknowableHash = existing ? null : await hashPassword(randomBytes(32).toString("base64url"));
  return db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, identity.email));
    if (user && !user.active) throw new SsoRefused("ssoAccountInactive", "This account is deactivated");
    if (!user) {
      if (!settings.autoCreate || !unknowableHash)
        throw new SsoRefused("ssoNoAccount", "No PRIMA account has this e-mail address");
      [user] = await tx
        .insert(users)
        .values({
          email: identity.email,
          name: identity.name,
          role: settings.defaultRole,
          regionCode: null,
          passwordHash: unknowableHash,
        })
        .returning();
      if (!user) throw new Error("insert returned no row");
      await recordAudit(tx, {
        actorId: null,
        entityType: "user",
        entityId: user.id,
        action: "create",
        after: { email: user.email, role: user.role, region: null, via: "sso", issuer: settings.issuer },
        at: now,
      });
    }
    const invitations = await tx
      .update(accountLinks)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountLinks.userId, user.id),
          eq(accountLinks.purpose, "invite"),
          isNull(accountLinks.usedAt),
        ),
      )
      .returning({ tokenHash: accountLinks.tokenHash });
    if (invitations.length > 0) {
      await recordAudit(tx, {
        actorId: user.id,
        entityType: "user",
        entityId: user.id,
        action: "acceptInvitation",
        after: { via: "sso" },
        at: now,
      });
    }
    // Signing in again (e.g. as someone else on a shared computer) ends the session in the cookie.
    if (from.previousSessionHash) await revokeSession(tx, from.previousSessionHash, now);
    const session = await createSession(tx, secret, user.id, now, {
      userAgent: from.userAgent,
      address: from.address,
    });
    await recordAudit(tx, {
      actorId: user.id,
      entityType: "user",
      entityId: user.id,
      action: "signIn",
      after: { via: "sso", issuer: settings.issuer },
      at: now,
    });
    return { user, session };
  });
}

/**
 * An administrator invites a person by e-mail: the account exists at once (with a random password
 * nobody knows), and the invitation's link lets the person choose theirs within INVITE_LINK_HOURS.
 * Without e-mail (no SMTP_URL), the answer carries the link for the administrator to hand over.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { INVITE_LINK_HOURS, type InviteInput } from "../../../domain/accountLinks";
import { Invalid } from "../../../domain/errors";
import { createAccountLink, setPasswordUrl } from "../../auth/accountLinks";
import { hashPassword } from "../../auth/passwords";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { mailTextsFor } from "../../events/mailTexts";
import { queueMail } from "../../mail/outbox";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";
import { insertUser } from "../users/insertUser";

export async function inviteUser(
  db: Db,
  secret: string,
  actor: Actor & { name: string },
  input: InviteInput,
  mail: MailSettings,
  now: Date,
  /** How people sign in here: the invitation says the ways that work (config: OIDC_*, PASSWORD_LOGIN). */
  ways: { sso: string | null; passwordLogin: boolean } = { sso: null, passwordLogin: true },
) {
  authorize(actor, "administerUsers");
  // A password nobody knows, strong by any estimate, until the invitee chooses theirs.
  const unknowable = randomBytes(32).toString("base64url");
  const passwordHash = await hashPassword(unknowable);
  const result = await db.transaction(async (tx) => {
    const created = await insertUser(tx, { ...input, password: unknowable }, passwordHash);
    if (!created.ok) return created;
    const language = input.language ?? null;
    if (language) await tx.update(users).set({ language }).where(eq(users.id, created.user.id));
    const { token, tokenHash } = await createAccountLink(
      tx,
      secret,
      { userId: created.user.id, purpose: "invite", validMinutes: INVITE_LINK_HOURS * 60 },
      now,
    );
    // Without passwords the link is not sent; it still marks the invitation, which the first
    // single sign-on completes (signInWithSso.ts).
    const signInUrl = `${mail.publicUrl}/login`;
    const url = ways.passwordLogin ? setPasswordUrl(mail.publicUrl, token) : signInUrl;
    if (mail.enabled) {
      const words = mailTextsFor(language);
      const [given] = words.inviteLines(actor.name, words.role(created.user.role), INVITE_LINK_HOURS);
      const howToCome = ways.passwordLogin
        ? [
            ...words.inviteLines(actor.name, words.role(created.user.role), INVITE_LINK_HOURS),
            "",
            words.inviteLink(url),
            ...(ways.sso ? [words.inviteSsoAlso(ways.sso, signInUrl)] : []),
          ]
        : [given ?? "", words.inviteSsoOnly(ways.sso ?? ""), "", signInUrl];
      await queueMail(tx, {
        dedupeKey: `link:${tokenHash}`,
        to: created.user.email,
        subject: words.inviteSubject(actor.name),
        text: [words.greeting(input.name), "", ...howToCome, "", words.signature].join("\n"),
        at: now,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: created.user.id,
      action: "invite",
      after: { email: created.user.email, role: created.user.role, region: created.user.region },
      at: now,
    });
    return { ...created, inviteUrl: mail.enabled ? null : url };
  });
  if (!result.ok) throw new Invalid(result.errors);
  return { ...result.user, inviteUrl: result.inviteUrl };
}

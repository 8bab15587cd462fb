/**
 * "Forgot your password?": a one-time link by e-mail, valid RESET_LINK_MINUTES. The answer is the
 * same whether or not the address has an account (the route says "if an account has this e-mail…"),
 * and at most one e-mail per account every few minutes, so the form cannot flood a mailbox.
 */
import { and, eq, gt } from "drizzle-orm";
import { RESET_LINK_MINUTES } from "../../../domain/accountLinks";
import { createAccountLink, setPasswordUrl } from "../../auth/accountLinks";
import type { Db } from "../../db/client";
import { accountLinks, users } from "../../db/schema";
import type { MailSettings } from "../../events/mailSettings";
import { mailTextsFor } from "../../events/mailTexts";
import { queueMail } from "../../mail/outbox";

/** A second request within this time sends nothing new: the first e-mail is on its way. (Only
 * forgotten-password links count: someone invited a moment ago may still ask for one.) */
const COOLDOWN_MINUTES = 2;

export async function requestPasswordReset(
  db: Db,
  secret: string,
  email: string,
  mail: MailSettings,
  now: Date,
): Promise<void> {
  if (!mail.enabled) return;
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true)));
  if (!user) return;
  await db.transaction(async (tx) => {
    const since = new Date(now.getTime() - COOLDOWN_MINUTES * 60_000);
    const [recent] = await tx
      .select({ at: accountLinks.createdAt })
      .from(accountLinks)
      .where(
        and(
          eq(accountLinks.userId, user.id),
          eq(accountLinks.purpose, "reset"),
          gt(accountLinks.createdAt, since),
        ),
      )
      .for("update");
    if (recent) return;
    const { token, tokenHash } = await createAccountLink(
      tx,
      secret,
      { userId: user.id, purpose: "reset", validMinutes: RESET_LINK_MINUTES },
      now,
    );
    const words = mailTextsFor(user.language);
    await queueMail(tx, {
      dedupeKey: `link:${tokenHash}`,
      to: user.email,
      subject: words.resetSubject,
      text: [
        words.greeting(user.name),
        "",
        ...words.resetLines(RESET_LINK_MINUTES),
        "",
        words.resetLink(setPasswordUrl(mail.publicUrl, token)),
        "",
        words.signature,
      ].join("\n"),
      at: now,
    });
  });
}

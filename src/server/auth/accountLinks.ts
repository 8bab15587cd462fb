/**
 * One-time "set your password" links. The table keeps only the token's HMAC (as for sessions), so
 * a copy of it opens nothing; the e-mail carries the token in the address's fragment (#…), which
 * browsers never send to a server, so it stays out of access logs and Referer headers. A link
 * works once and briefly: the outbox keeps a message's text, and mailboxes are read on shared
 * computers.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { accountLinks } from "../db/schema";
import { hashToken } from "./sessions";

export type LinkPurpose = "reset" | "invite";

export async function createAccountLink(
  db: DbOrTx,
  secret: string,
  link: { userId: string; purpose: LinkPurpose; validMinutes: number },
  now: Date,
) {
  // A new link replaces the person's earlier unused ones: only the latest e-mail works.
  await db
    .update(accountLinks)
    .set({ usedAt: now })
    .where(and(eq(accountLinks.userId, link.userId), isNull(accountLinks.usedAt)));
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(secret, token);
  await db.insert(accountLinks).values({
    tokenHash,
    userId: link.userId,
    purpose: link.purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + link.validMinutes * 60_000),
  });
  return { token, tokenHash };
}

/** The address of the page that takes the link's token. */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/set-password#${token}`;
}

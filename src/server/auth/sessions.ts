/**
 * Sessions live in the database so that they can be listed and revoked, and survive restarts and
 * several server instances. The cookie holds a random token; the table holds only its HMAC, keyed
 * with the installation's session secret, so a copy of the table gives no working session.
 */
import { createHmac, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Language } from "../../domain/profile";
import type { Role } from "../../domain/roles";
import type { DbOrTx } from "../db/client";
import { appSettings, sessions, users } from "../db/schema";

export const SESSION_COOKIE = "prima_session";
export const SESSION_HOURS = 12;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  region: string | null;
  language: Language | null;
  version: number;
  csrfToken: string;
  tokenHash: string;
  /** How the request proved who it is: a browser's session cookie, or a personal API token. */
  via: "session" | "token";
  /** What an API token allows (a session allows everything its person may do). */
  scope: "read" | "write";
  /** A session held at two-factor setup (an administrator requires it); API tokens never are. */
  twoFactorSetupPending?: boolean;
}

export function hashToken(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}

/** SESSION_SECRET when given; otherwise one generated at first start and kept in the database. */
export async function resolveSessionSecret(db: DbOrTx, configured: string | null): Promise<string> {
  if (configured) return configured;
  const generated = randomBytes(32).toString("hex");
  await db.insert(appSettings).values({ key: "session_secret", value: generated }).onConflictDoNothing();
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, "session_secret"));
  if (!row) throw new Error("session secret could not be stored");
  return row.value;
}

/** Where a session is opened from, kept for its owner to recognise it in their list. */
export interface SessionClient {
  userAgent: string | null;
  address: string | null;
}

export async function createSession(
  db: DbOrTx,
  secret: string,
  userId: string,
  now: Date,
  client: SessionClient = { userAgent: null, address: null },
  /** Two-factor is required for this person and not set up: the session opens the setup alone. */
  twoFactorSetupPending = false,
) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(secret, token),
    userId,
    csrfToken,
    createdAt: now,
    expiresAt,
    // A User-Agent is the client's to write: kept short, it only helps its owner tell sessions apart.
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    address: client.address,
    twoFactorSetupPending,
  });
  return { token, csrfToken, expiresAt };
}

export async function findSessionUser(
  db: DbOrTx,
  secret: string,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  const tokenHash = hashToken(secret, token);
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      region: users.regionCode,
      language: users.language,
      version: users.version,
      csrfToken: sessions.csrfToken,
      twoFactorSetupPending: sessions.twoFactorSetupPending,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        eq(users.active, true),
      ),
    );
  return row ? { ...row, tokenHash, via: "session", scope: "write" } : null;
}

export async function revokeSession(db: DbOrTx, tokenHash: string, now: Date) {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, e.g. when an administrator deactivates the account. */
export async function revokeUserSessions(db: DbOrTx, userId: string, now: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

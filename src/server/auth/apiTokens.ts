/**
 * Personal API tokens: "Authorization: Bearer prima_…" acts with the token's owner's rights, or
 * only reads with a read-only token. No CSRF check applies: a browser never adds that header by
 * itself, so another site cannot make one send it. Only the token's HMAC is stored, as for sessions.
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { apiTokens, users } from "../db/schema";
import { hashToken, type SessionUser } from "./sessions";

const PREFIX = "prima_";
/** "Last used" is written at most this often per token: one read per call, not one write. */
const LAST_USED_EVERY_MS = 60_000;

export function newApiToken(secret: string) {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashToken(secret, token) };
}

/** The bearer token of a request's Authorization header, when it has one. */
export function bearerToken(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? null;
}

export async function findTokenUser(
  db: DbOrTx,
  secret: string,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  if (!token.startsWith(PREFIX)) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      region: users.regionCode,
      language: users.language,
      version: users.version,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(secret, token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(
            isNull(apiTokens.lastUsedAt),
            lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_EVERY_MS)),
          ),
        ),
      );
  }
  const { tokenId, scope, lastUsedAt: _lastUsed, ...person } = row;
  return { ...person, csrfToken: "", tokenHash: `token:${tokenId}`, via: "token", scope };
}

/**
 * Personal API tokens: a person makes and revokes their own; administrators see everyone's and may
 * revoke any (a token left in a departed contractor's script). Every change is audited.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { ApiToken, TokenInput } from "../../../domain/apiTokens";
import { NotFound } from "../../../domain/errors";
import { newApiToken } from "../../auth/apiTokens";
import type { Db } from "../../db/client";
import { apiTokens, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize, can } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function present(row: {
  token: typeof apiTokens.$inferSelect;
  owner: { id: string; email: string; name: string };
}): ApiToken {
  return {
    id: row.token.id,
    name: row.token.name,
    scope: row.token.scope,
    createdAt: row.token.createdAt.toISOString(),
    expiresAt: iso(row.token.expiresAt),
    lastUsedAt: iso(row.token.lastUsedAt),
    owner: row.owner,
  };
}

export async function createApiToken(
  db: Db,
  secret: string,
  actor: Actor & { email: string; name: string },
  input: TokenInput,
  now: Date,
) {
  const { token, tokenHash } = newApiToken(secret);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.id,
        name: input.name,
        tokenHash,
        scope: input.scope,
        createdAt: now,
        expiresAt: input.days === null ? null : new Date(now.getTime() + input.days * 86_400_000),
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "apiToken",
      entityId: row.id,
      action: "create",
      after: { name: row.name, scope: row.scope, expiresAt: iso(row.expiresAt) },
      at: now,
    });
    return {
      ...present({ token: row, owner: { id: actor.id, email: actor.email, name: actor.name } }),
      token,
    };
  });
}

/** The tokens still working or not yet revoked: one's own, or everyone's for an administrator. */
export async function listApiTokens(db: Db, actor: Actor, scope: "mine" | "all") {
  if (scope === "all") authorize(actor, "administerUsers");
  const rows = await db
    .select({ token: apiTokens, owner: { id: users.id, email: users.email, name: users.name } })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(isNull(apiTokens.revokedAt), scope === "mine" ? eq(apiTokens.userId, actor.id) : undefined))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(present);
}

/** Revokes a token: one's own, or anyone's for an administrator (others' tokens are not found). */
export async function revokeApiToken(db: Db, actor: Actor, tokenId: string, now: Date) {
  const mayRevokeAny = can(actor, "administerUsers");
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(apiTokens.id, tokenId),
          isNull(apiTokens.revokedAt),
          mayRevokeAny ? undefined : eq(apiTokens.userId, actor.id),
        ),
      )
      .returning();
    if (!revoked) throw new NotFound("This token");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "apiToken",
      entityId: tokenId,
      action: "revoke",
      before: { name: revoked.name, owner: revoked.userId },
      at: now,
    });
  });
}

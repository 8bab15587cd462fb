/** Everyone with an account, by name, for the administrators' people page: filtered, one page at a time. */
import { and, asc, count, eq, ilike, max, or, type SQL, sql } from "drizzle-orm";
import type { UserListQuery } from "../../../domain/user";
import type { DbOrTx } from "../../db/client";
import { containsPattern } from "../../db/likePattern";
import { accountLinks, sessions, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";

function filters(query: Partial<UserListQuery>): SQL | undefined {
  const pattern = query.q ? containsPattern(query.q) : null;
  return and(
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
    query.role ? eq(users.role, query.role) : undefined,
    query.region ? eq(users.regionCode, query.region) : undefined,
    query.active ? eq(users.active, query.active === "true") : undefined,
  );
}

export async function listUsers(db: DbOrTx, actor: Actor, query: UserListQuery) {
  authorize(actor, "administerUsers");
  const where = filters(query);
  const lastSignIn = db
    .select({ userId: sessions.userId, at: max(sessions.createdAt).as("last_sign_in_at") })
    .from(sessions)
    .groupBy(sessions.userId)
    .as("last_sign_in");
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      region: users.regionCode,
      active: users.active,
      version: users.version,
      createdAt: users.createdAt,
      lastSignInAt: lastSignIn.at,
      // Invited: asked to choose a password (or to sign in with single sign-on) and not yet come.
      invited: sql<boolean>`(${lastSignIn.at} is null and exists (select 1 from ${accountLinks} l where l.user_id = ${users.id} and l.purpose = 'invite' and l.used_at is null))`,
    })
    .from(users)
    .leftJoin(lastSignIn, eq(lastSignIn.userId, users.id))
    .where(where)
    .orderBy(asc(users.name), asc(users.email))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}

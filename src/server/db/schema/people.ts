/** People and their sessions. */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { regions } from "./reference";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["pm", "reviewer", "fund_manager", "viewer", "admin"] }).notNull(),
    regionCode: text("region_code").references(() => regions.code),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    /** The language of the app and of every e-mail to this person; null: the browser's (migration 0014). */
    language: text("language", { enum: ["en", "fr", "es"] }),
    createdAt,
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(t.email),
    check("users_role_known", sql`${t.role} in ('pm','reviewer','fund_manager','viewer','admin')`),
    check("users_language_known", sql`${t.language} is null or ${t.language} in ('en','fr','es')`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's token: a leaked table does not give working sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt,
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Where the session was opened (User-Agent, client address), for its owner to recognise it. */
    userAgent: text("user_agent"),
    address: text("address"),
    /** Signed in with a password while two-factor is required and not set up: only setup is open (0018). */
    twoFactorSetupPending: boolean("two_factor_setup_pending").notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One failed sign-in (migration 0013): what the sign-in limits count, per account and per address. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** As typed (trimmed, lower-cased), whether or not an account has it: limits reveal nothing. */
    email: text("email").notNull(),
    address: text("address").notNull(),
    failedAt: timestamp("failed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("sign_in_failures_email_idx").on(t.email, t.failedAt),
    index("sign_in_failures_address_idx").on(t.address, t.failedAt),
    index("sign_in_failures_age_idx").on(t.failedAt),
  ],
);

/** A one-time "set your password" link (migration 0015): a forgotten password, or an invitation. */
export const accountLinks = pgTable(
  "account_links",
  {
    /** HMAC of the link's token with the session secret: the table alone opens nothing. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose", { enum: ["reset", "invite"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    index("account_links_user_idx").on(t.userId, t.createdAt),
    check("account_links_purpose_known", sql`${t.purpose} in ('reset','invite')`),
  ],
);

/** A personal API token (migration 0016): its owner's rights, read-only or read-write. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    /** HMAC of the token with the session secret; the token itself is shown once, at creation. */
    tokenHash: text("token_hash").notNull(),
    scope: text("scope", { enum: ["read", "write"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_idx").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId, t.createdAt),
    check("api_tokens_scope_known", sql`${t.scope} in ('read','write')`),
  ],
);

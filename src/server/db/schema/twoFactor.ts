/** Two-factor sign-in (migration 0018): each person's TOTP secret, recovery codes, pending sign-ins. */
import { bigint, bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

export const twoFactor = pgTable("two_factor", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id),
  /** AES-256-GCM with a key derived from the session secret (auth/totp.ts); never sent after setup. */
  secretEncrypted: text("secret_encrypted").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  /** Null while being set up: the person has not yet confirmed with a code. */
  enabledAt: timestamp("enabled_at", { withTimezone: true }),
  /** The last 30-second step a code was accepted for: that code and older ones are refused (replay). */
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
});

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** HMAC with the session secret: the codes are shown once and never stored as they are. */
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** Between a correct password and the code: a short-lived, single-use token, stored as its HMAC. */
export const pendingSignIns = pgTable(
  "pending_sign_ins",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    userAgent: text("user_agent"),
    address: text("address"),
  },
  (t) => [index("pending_sign_ins_user_idx").on(t.userId)],
);

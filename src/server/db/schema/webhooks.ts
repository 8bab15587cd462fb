/**
 * Webhooks and their deliveries (migration 0019): a delivery is queued in the transaction of the
 * event it reports and sent after commit (src/server/webhooks). One row per webhook and event.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
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
import { domainEvents } from "./events";

export const webhooks = pgTable("webhooks", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull(),
  /** WebhookEvent names (src/domain/webhooks.ts). */
  events: text("events").array().notNull(),
  active: boolean("active").notNull().default(true),
  /** Kept as it is (PRIMA signs with it); shown once, never in an API answer afterwards. */
  secret: text("secret").notNull(),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    /** The Prima-Delivery header, the same on every attempt. */
    id: uuid("id").primaryKey().defaultRandom(),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => domainEvents.id),
    event: text("event").notNull(),
    /** The exact JSON sent: the same bytes on every attempt, signed afresh with the time of each. */
    body: text("body").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    lastHttpStatus: integer("last_http_status"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_once_idx").on(t.webhookId, t.eventId),
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_log_idx").on(t.createdAt),
    check("webhook_deliveries_status_known", sql`${t.status} in ('pending','delivered','failed')`),
  ],
);

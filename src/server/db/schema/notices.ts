/** How each person wants to hear of each kind of notice, and the daily digests sent (migration 0020). */
import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

const delivery = (name: string) =>
  text(name, { enum: ["app", "email", "digest"] })
    .notNull()
    .default("email");

export const noticePreferences = pgTable(
  "notice_preferences",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id),
    workflow: delivery("workflow"),
    comments: delivery("comments"),
    reports: delivery("reports"),
    reminders: delivery("reminders"),
    extensions: delivery("extensions"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      "notice_preferences_known",
      sql`${t.workflow} in ('app','email','digest') and ${t.comments} in ('app','email','digest') and ${t.reports} in ('app','email','digest') and ${t.reminders} in ('app','email','digest') and ${t.extensions} in ('app','email','digest')`,
    ),
  ],
);

/** One row per person and day a digest went out: the key a second run or server cannot insert again. */
export const noticeDigests = pgTable(
  "notice_digests",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    day: date("day", { mode: "string" }).notNull(),
    /** The next digest gathers the notices after this instant. */
    coveredUntil: timestamp("covered_until", { withTimezone: true }).notNull(),
    notices: integer("notices").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

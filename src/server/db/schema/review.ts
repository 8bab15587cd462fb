/** Review comments and in-app notifications. */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { NoticePayload } from "../../../domain/events";
import { createdAt } from "./columns";
import { domainEvents } from "./events";
import { reports } from "./monitoring";
import { users } from "./people";
import { projects } from "./projects";

/** Comments are part of the filing: once written they are not edited or deleted (trigger). */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    parentId: bigint("parent_id", { mode: "number" }).references((): AnyPgColumn => reviewComments.id),
    section: text("section").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    status: text("status").notNull(),
    createdAt,
  },
  (t) => [
    index("review_comments_project_idx").on(t.projectId, t.createdAt),
    check("review_comments_body_present", sql`length(${t.body}) > 0`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    /** The notice's name: the life-cycle step for transitions, else the event's kind. */
    transition: text("transition").notNull(),
    /**
     * Legacy: a status, a report state, a reminder step or a date depending on the event. Still
     * written (noticeFact) for readers of the column; the API reads the typed `payload`.
     */
    toStatus: text("to_status"),
    actorId: uuid("actor_id").references(() => users.id),
    comment: text("comment").notNull().default(""),
    /** Set for report events and reminders ("transition" then names the event, e.g. reportReminder). */
    reportId: uuid("report_id").references(() => reports.id, { onDelete: "set null" }),
    /** The event this notice tells of (null on notices older than the event log, migration 0010). */
    eventId: bigint("event_id", { mode: "number" }).references(() => domainEvents.id),
    /** What the notice shows, typed (NoticePayload in src/domain/events.ts). */
    payload: jsonb("payload").$type<NoticePayload>().notNull(),
    createdAt,
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

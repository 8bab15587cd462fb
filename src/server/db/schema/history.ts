import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { projects } from "./projects";

/** Every life-cycle transition: who, when, from, to, comment. */
export const projectTransitions = pgTable(
  "project_transitions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    comment: text("comment").notNull().default(""),
    /** The transition's name (lifecycle.ts); null only on rows written before it was recorded. */
    transition: text("transition"),
    /** Decision data, e.g. the approved amount and fund line. */
    details: jsonb("details"),
    /** The proposal as submitted, so a reviewer sees what changed between two submissions. */
    snapshot: jsonb("snapshot"),
  },
  (t) => [index("project_transitions_project_idx").on(t.projectId, t.at)],
);

/** Every change to a record: who, when, what, before and after. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId, t.at)],
);

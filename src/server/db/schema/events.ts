/**
 * The domain event log (src/domain/events.ts): one append-only stream from which notices,
 * outbox e-mail and project history are derived (src/server/events/). Triggers refuse UPDATE,
 * DELETE and TRUNCATE (migration 0010), like the other filed history.
 */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { projects } from "./projects";

export const domainEvents = pgTable(
  "domain_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** A DomainEvent kind; `payload` has that kind's shape (EventPayloads). */
    kind: text("kind").notNull(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id),
    actorId: uuid("actor_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
    payload: jsonb("payload").notNull(),
  },
  (t) => [index("domain_events_project_idx").on(t.projectId, t.at, t.id)],
);

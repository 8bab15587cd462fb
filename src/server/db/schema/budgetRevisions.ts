/** Budget revisions after approval (issue 15 §3); see migration 0023. */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { BudgetSnapshot } from "../../../domain/revisions";
import { users } from "./people";
import { projects } from "./projects";

/** A request to change an approved project's budget; one open request per project at a time. */
export const budgetRevisions = pgTable(
  "budget_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    previousCents: bigint("previous_cents", { mode: "number" }).notNull(),
    newCents: bigint("new_cents", { mode: "number" }).notNull(),
    /** The budget current when the request was made (re-taken at the decision). */
    before: jsonb("before").$type<BudgetSnapshot>().notNull(),
    /** The budget asked for. */
    after: jsonb("after").$type<BudgetSnapshot>().notNull(),
    justification: text("justification").notNull(),
    status: text("status", { enum: ["requested", "approved", "refused"] })
      .notNull()
      .default("requested"),
    requestedById: uuid("requested_by_id")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    decidedById: uuid("decided_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionComment: text("decision_comment").notNull().default(""),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("budget_revisions_project_idx").on(t.projectId, t.requestedAt),
    uniqueIndex("budget_revisions_one_open_idx").on(t.projectId).where(sql`${t.status} = 'requested'`),
    check("budget_revisions_status_known", sql`${t.status} in ('requested','approved','refused')`),
    check("budget_revisions_new_positive", sql`${t.newCents} > 0`),
  ],
);

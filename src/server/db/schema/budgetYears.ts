/** A project's budget planned per year of the project (issue 15 §2); see migration 0022. */
import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { projects } from "./projects";

export const projectBudgetYears = pgTable(
  "project_budget_years",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** 0 for the first period of domain/annualSplit.ts's yearPeriods, 1 for the next, … */
    yearIndex: integer("year_index").notNull(),
    requestedCents: bigint("requested_cents", { mode: "number" }).notNull(),
    approvedCents: bigint("approved_cents", { mode: "number" }),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.yearIndex] }),
    check("project_budget_years_index_not_negative", sql`${t.yearIndex} >= 0`),
    check("project_budget_years_requested_not_negative", sql`${t.requestedCents} >= 0`),
    check(
      "project_budget_years_approved_not_negative",
      sql`${t.approvedCents} IS NULL OR ${t.approvedCents} >= 0`,
    ),
  ],
);

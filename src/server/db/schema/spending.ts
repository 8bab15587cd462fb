/** The fund's spending rule (issue 15 §4): one row, the threshold the fund manager sets. */
import { sql } from "drizzle-orm";
import { check, integer, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

export const fundSpendingSettings = pgTable(
  "fund_spending_settings",
  {
    id: integer("id").primaryKey().default(1),
    thresholdPercent: integer("threshold_percent").notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    check("fund_spending_settings_one_row", sql`${t.id} = 1`),
    check(
      "fund_spending_settings_threshold_range",
      sql`${t.thresholdPercent} >= 0 and ${t.thresholdPercent} <= 1000`,
    ),
  ],
);

/** A project's other funding sources and the fund's exchange rates (issue 15 §5); see migration 0025. */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./people";
import { projects } from "./projects";

export const projectFundingSources = pgTable(
  "project_funding_sources",
  {
    id: uuid("id").primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organisationName: text("organisation_name").notNull(),
    /** IATI OrganisationType code. */
    organisationType: text("organisation_type").notNull(),
    /** IATI organisation identifier, when known. */
    organisationRef: text("organisation_ref"),
    /** Integer minor units of `currency` (domain/currencies.ts). */
    amountMinor: bigint("amount_minor", { mode: "bigint" }).notNull(),
    currency: text("currency").notNull(),
    status: text("status").notNull(),
    sourceDate: date("source_date").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    index("project_funding_sources_project_idx").on(t.projectId),
    index("project_funding_sources_organisation_idx").on(t.organisationName, t.projectId),
    check("project_funding_sources_amount_not_negative", sql`${t.amountMinor} >= 0`),
    check("project_funding_sources_status_known", sql`${t.status} in ('pledged','confirmed','received')`),
    check("project_funding_sources_currency_shape", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** USD for one unit of a currency in a month, as an integer of 10⁻⁸ USD (domain/exchangeRates.ts). */
export const currencyRates = pgTable(
  "currency_rates",
  {
    currency: text("currency").notNull(),
    /** "YYYY-MM" */
    month: text("month").notNull(),
    rateE8: bigint("rate_e8", { mode: "bigint" }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.month] }),
    check("currency_rates_positive", sql`${t.rateE8} > 0`),
    check("currency_rates_month_shape", sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

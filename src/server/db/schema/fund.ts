/** The fund's rules as data, per funding year (seed 002, Part III); a fund manager edits them. */
import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { countries, fundingYears, fundLines } from "./reference";

export const fundYearRules = pgTable(
  "fund_year_rules",
  {
    fundingYear: integer("funding_year")
      .primaryKey()
      .references(() => fundingYears.year),
    line2NationalCeilingCents: bigint("line2_national_ceiling_cents", { mode: "number" }).notNull(),
    line2RegionalCeilingCents: bigint("line2_regional_ceiling_cents", { mode: "number" }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    check(
      "fund_year_rules_ceilings_positive",
      sql`${t.line2NationalCeilingCents} > 0 and ${t.line2RegionalCeilingCents} > 0`,
    ),
  ],
);

/** Restrictions only: a country with no row for a year is eligible for both lines. */
export const fundCountryStatus = pgTable(
  "fund_country_status",
  {
    fundingYear: integer("funding_year")
      .notNull()
      .references(() => fundingYears.year),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
    status: text("status").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.fundingYear, t.countryIso3] }),
    check("fund_country_status_known", sql`${t.status} in ('inArrears','notEligible')`),
  ],
);

/** The fund's allocation per funding year and line; no row = no envelope set (no limit at approval). */
export const fundEnvelopes = pgTable(
  "fund_envelopes",
  {
    fundingYear: integer("funding_year")
      .notNull()
      .references(() => fundingYears.year),
    fundLine: text("fund_line")
      .notNull()
      .references(() => fundLines.code),
    allocatedCents: bigint("allocated_cents", { mode: "number" }).notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.fundingYear, t.fundLine] }),
    check("fund_envelopes_allocated_not_negative", sql`${t.allocatedCents} >= 0`),
  ],
);

import { boolean, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { names, sortOrder } from "./columns";

export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  ...names,
  office: text("office").notNull(),
  ...sortOrder,
});

export const countries = pgTable(
  "countries",
  {
    iso3: text("iso3").primaryKey(),
    iso2: text("iso2").notNull(),
    ...names,
    regionCode: text("region_code").references(() => regions.code),
  },
  (t) => [index("countries_region_idx").on(t.regionCode)],
);

export const areasOfWork = pgTable("areas_of_work", {
  code: text("code").primaryKey(),
  ...names,
  ...sortOrder,
});
export const activityTypes = pgTable("activity_types", {
  code: text("code").primaryKey(),
  ...names,
  ...sortOrder,
});
export const beneficiaryTypes = pgTable("beneficiary_types", {
  code: text("code").primaryKey(),
  ...names,
  ...sortOrder,
});
export const fundLines = pgTable("fund_lines", { code: text("code").primaryKey(), ...names, ...sortOrder });

export const genderMarkers = pgTable("gender_markers", {
  code: text("code").primaryKey(),
  ...names,
  descriptionEn: text("description_en").notNull().default(""),
  descriptionFr: text("description_fr").notNull().default(""),
  descriptionEs: text("description_es").notNull().default(""),
  ...sortOrder,
});

export const strategyPoints = pgTable("strategy_points", {
  number: integer("number").primaryKey(),
  ...names,
});

export const migofElements = pgTable("migof_elements", {
  code: text("code").primaryKey(),
  kind: text("kind", { enum: ["principle", "objective"] }).notNull(),
  ...names,
  ...sortOrder,
});

export const fundingYears = pgTable("funding_years", {
  year: integer("year").primaryKey(),
  open: boolean("open").notNull().default(true),
});

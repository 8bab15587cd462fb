/** Projects and their parts. */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, sortOrder } from "./columns";
import { users } from "./people";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  genderMarkers,
  migofElements,
  regions,
  strategyPoints,
} from "./reference";

export const projectCodeSeq = pgSequence("project_code_seq", { startWith: 1 });

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    objective: text("objective").notNull().default(""),
    type: text("type", { enum: ["national", "regional", "global"] }).notNull(),
    status: text("status", {
      enum: ["draft", "submitted", "endorsed", "approved", "active", "closed", "rejected", "withdrawn"],
    })
      .notNull()
      .default("draft"),
    regionCode: text("region_code").references(() => regions.code),
    fundingYear: integer("funding_year")
      .notNull()
      .references(() => fundingYears.year),
    fundLine: text("fund_line")
      .notNull()
      .references(() => fundLines.code),
    requestedBudgetCents: bigint("requested_budget_cents", { mode: "number" }).notNull(),
    approvedBudgetCents: bigint("approved_budget_cents", { mode: "number" }),
    plannedStart: date("planned_start", { mode: "string" }).notNull(),
    plannedEnd: date("planned_end", { mode: "string" }).notNull(),
    actualStart: date("actual_start", { mode: "string" }),
    actualEnd: date("actual_end", { mode: "string" }),
    pmId: uuid("pm_id").references(() => users.id),
    altPmId: uuid("alt_pm_id").references(() => users.id),
    genderMarker: text("gender_marker").references(() => genderMarkers.code),
    followUpOfId: uuid("follow_up_of_id").references((): AnyPgColumn => projects.id),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt,
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("projects_code_idx").on(t.code),
    index("projects_region_year_idx").on(t.regionCode, t.fundingYear),
    index("projects_status_idx").on(t.status),
    index("projects_pm_idx").on(t.pmId),
    index("projects_alt_pm_idx").on(t.altPmId),
    check("projects_budget_positive", sql`${t.requestedBudgetCents} > 0`),
    check("projects_dates_ordered", sql`${t.plannedEnd} > ${t.plannedStart}`),
    // The application checks these too; the database keeps a stray script honest.
    check(
      "projects_status_known",
      sql`${t.status} in ('draft','submitted','endorsed','approved','active','closed','rejected','withdrawn')`,
    ),
    check("projects_type_known", sql`${t.type} in ('national','regional','global')`),
  ],
);

export const projectCountries = pgTable(
  "project_countries",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    countryIso3: text("country_iso3")
      .notNull()
      .references(() => countries.iso3),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.countryIso3] }),
    index("project_countries_country_idx").on(t.countryIso3),
  ],
);

/** Shares are stored in hundredths of a percent (10000 = 100 %), so sums are exact integers. */
export const projectAreaShares = pgTable(
  "project_area_shares",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    areaCode: text("area_code")
      .notNull()
      .references(() => areasOfWork.code),
    shareHundredths: integer("share_hundredths").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.areaCode] }),
    index("project_area_shares_area_idx").on(t.areaCode),
    check("project_area_shares_range", sql`${t.shareHundredths} between 1 and 10000`),
  ],
);

export const projectActivityShares = pgTable(
  "project_activity_shares",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    activityCode: text("activity_code")
      .notNull()
      .references(() => activityTypes.code),
    shareHundredths: integer("share_hundredths").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.activityCode] }),
    check("project_activity_shares_range", sql`${t.shareHundredths} between 1 and 10000`),
  ],
);

export const projectBeneficiaries = pgTable(
  "project_beneficiaries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    typeCode: text("type_code")
      .notNull()
      .references(() => beneficiaryTypes.code),
    sex: text("sex", { enum: ["female", "male", "all"] }).notNull(),
    ageGroup: text("age_group", { enum: ["children", "youth", "adults", "older", "all"] }).notNull(),
    number: integer("number").notNull(),
    ...sortOrder,
  },
  (t) => [
    index("project_beneficiaries_project_idx").on(t.projectId),
    check("project_beneficiaries_number_positive", sql`${t.number} > 0`),
  ],
);

export const projectStrategyPoints = pgTable(
  "project_strategy_points",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    point: integer("point")
      .notNull()
      .references(() => strategyPoints.number),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.point] })],
);

export const projectMigof = pgTable(
  "project_migof",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    migofCode: text("migof_code")
      .notNull()
      .references(() => migofElements.code),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.migofCode] })],
);

/**
 * The database schema: reference data, people and sessions, projects and their parts, history.
 * Reference data lives in tables (not code) so that administrators and fund managers can keep it.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const names = {
  nameEn: text("name_en").notNull(),
  nameFr: text("name_fr").notNull(),
  nameEs: text("name_es").notNull(),
};
const sortOrder = { sort: integer("sort").notNull().default(0) };
const createdAt = timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/* ---------- reference data ---------- */

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

/* ---------- people ---------- */

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["pm", "reviewer", "fund_manager", "viewer", "admin"] }).notNull(),
    regionCode: text("region_code").references(() => regions.code),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt,
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's token: a leaked table does not give working sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt,
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/* ---------- projects ---------- */

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
  (t) => [primaryKey({ columns: [t.projectId, t.activityCode] })],
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
  (t) => [index("project_beneficiaries_project_idx").on(t.projectId)],
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

/* ---------- history (append-only) ---------- */

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

/* ---------- installation settings ---------- */

/** Values an installation generates once and every server instance shares (e.g. the session pepper). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Implementation monitoring: the results matrix and workplan a PM keeps, the fund's reporting
 * rules, the reports the schedule asks for (with their figures), extensions, and the record of
 * reminders sent.
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, sortOrder } from "./columns";
import { users } from "./people";
import { projects } from "./projects";
import { activityTypes, areasOfWork, beneficiaryTypes, fundLines } from "./reference";

/** One per project: the version the matrix editor saves against, and the objective's assumptions. */
export const resultsMatrices = pgTable("results_matrices", {
  projectId: uuid("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  objectiveAssumptions: text("objective_assumptions").notNull().default(""),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }),
  updatedById: uuid("updated_by_id").references(() => users.id),
});

/** Outcomes (under the project's objective) and outputs (under an outcome). */
export const resultStatements = pgTable(
  "result_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    level: text("level", { enum: ["outcome", "output"] }).notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => resultStatements.id, { onDelete: "cascade" }),
    statement: text("statement").notNull(),
    assumptions: text("assumptions").notNull().default(""),
    ...sortOrder,
  },
  (t) => [
    index("result_statements_project_idx").on(t.projectId),
    check("result_statements_level_known", sql`${t.level} in ('outcome','output')`),
    check(
      "result_statements_parent_by_level",
      sql`(${t.level} = 'outcome' and ${t.parentId} is null) or (${t.level} = 'output' and ${t.parentId} is not null)`,
    ),
  ],
);

/** An indicator measures the objective (no result) or an outcome or output. */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    resultId: uuid("result_id").references(() => resultStatements.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    baseline: doublePrecision("baseline").notNull(),
    target: doublePrecision("target").notNull(),
    meansOfVerification: text("means_of_verification").notNull().default(""),
    ...sortOrder,
  },
  (t) => [index("indicators_project_idx").on(t.projectId)],
);

/** One per project, like the matrix: the version the workplan editor saves against. */
export const workplans = pgTable("workplans", {
  projectId: uuid("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }),
  updatedById: uuid("updated_by_id").references(() => users.id),
});

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    plannedDate: date("planned_date", { mode: "string" }).notNull(),
    actualDate: date("actual_date", { mode: "string" }),
    ...sortOrder,
  },
  (t) => [index("milestones_project_idx").on(t.projectId)],
);

/**
 * The fund's reporting rules, one row per fund line (each line is a fund of its own, accounted
 * separately); the fund manager edits them. Reminder lead times live here too.
 */
export const reportingRules = pgTable(
  "reporting_rules",
  {
    fundLine: text("fund_line")
      .primaryKey()
      .references(() => fundLines.code),
    interimPeriodMonths: integer("interim_period_months").notNull().default(6),
    interimDueDays: integer("interim_due_days").notNull().default(30),
    finalDueDays: integer("final_due_days").notNull().default(90),
    /** Days before the due date at which the managers are reminded, e.g. {30,7}. */
    reminderLeadDays: integer("reminder_lead_days").array().notNull().default(sql`'{30,7}'::integer[]`),
    overdueRepeatDays: integer("overdue_repeat_days").notNull().default(7),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    updatedById: uuid("updated_by_id").references(() => users.id),
  },
  (t) => [
    check("reporting_rules_period", sql`${t.interimPeriodMonths} between 1 and 60`),
    check(
      "reporting_rules_due_days",
      sql`${t.interimDueDays} between 0 and 365 and ${t.finalDueDays} between 0 and 365`,
    ),
    check("reporting_rules_repeat", sql`${t.overdueRepeatDays} between 1 and 90`),
  ],
);

/**
 * A report the schedule asks for. `status` is what people did (pending, submitted, accepted,
 * returned); whether a pending report is upcoming, due or overdue follows from the dates and
 * today (src/domain/reports.ts).
 */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["narrative", "financial"] }).notNull(),
    stage: text("stage", { enum: ["interim", "final"] }).notNull(),
    /** 1, 2, … for interim reports; the final report is 0. */
    sequence: integer("sequence").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status", { enum: ["pending", "submitted", "accepted", "returned"] })
      .notNull()
      .default("pending"),
    challenges: text("challenges").notNull().default(""),
    lessonsLearned: text("lessons_learned").notNull().default(""),
    goodPractices: text("good_practices").notNull().default(""),
    /** First submission: the one on-time compliance is measured by. */
    firstSubmittedAt: timestamp("first_submitted_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: uuid("decided_by_id").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt,
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reports_schedule_idx").on(t.projectId, t.kind, t.stage, t.sequence),
    index("reports_due_idx").on(t.status, t.dueDate),
    check("reports_kind_known", sql`${t.kind} in ('narrative','financial')`),
    check("reports_stage_known", sql`${t.stage} in ('interim','final')`),
    check("reports_status_known", sql`${t.status} in ('pending','submitted','accepted','returned')`),
    check(
      "reports_period_ordered",
      sql`${t.periodEnd} >= ${t.periodStart} and ${t.dueDate} >= ${t.periodEnd}`,
    ),
  ],
);

/** A narrative report's value for an indicator: where it stands at the end of the period. */
export const reportIndicatorValues = pgTable(
  "report_indicator_values",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    actual: doublePrecision("actual").notNull(),
    comment: text("comment").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.indicatorId] }),
    index("report_indicator_values_indicator_idx").on(t.indicatorId),
  ],
);

/** Beneficiaries reached to the end of the report's period, by type, sex and age group. */
export const reportBeneficiaries = pgTable(
  "report_beneficiaries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    typeCode: text("type_code")
      .notNull()
      .references(() => beneficiaryTypes.code),
    sex: text("sex", { enum: ["female", "male", "all"] }).notNull(),
    ageGroup: text("age_group", { enum: ["children", "youth", "adults", "older", "all"] }).notNull(),
    number: integer("number").notNull(),
  },
  (t) => [
    index("report_beneficiaries_report_idx").on(t.reportId),
    uniqueIndex("report_beneficiaries_group_idx").on(t.reportId, t.typeCode, t.sex, t.ageGroup),
    check("report_beneficiaries_number", sql`${t.number} >= 0`),
  ],
);

/** A financial report's expenditure to date, by area of work and, separately, by activity type. */
export const reportAreaExpenditures = pgTable(
  "report_area_expenditures",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    areaCode: text("area_code")
      .notNull()
      .references(() => areasOfWork.code),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.areaCode] }),
    check("report_area_expenditures_amount", sql`${t.amountCents} >= 0`),
  ],
);

export const reportActivityExpenditures = pgTable(
  "report_activity_expenditures",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    activityCode: text("activity_code")
      .notNull()
      .references(() => activityTypes.code),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.activityCode] }),
    check("report_activity_expenditures_amount", sql`${t.amountCents} >= 0`),
  ],
);

/** What happened to a report: submitted, returned (with the fund manager's comment), accepted. Append-only. */
export const reportEvents = pgTable(
  "report_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    action: text("action", { enum: ["submit", "return", "accept"] }).notNull(),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    comment: text("comment").notNull().default(""),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("report_events_report_idx").on(t.reportId, t.at),
    check("report_events_action_known", sql`${t.action} in ('submit','return','accept')`),
  ],
);

/** A request to move a project's end date; one open request per project at a time. */
export const extensions = pgTable(
  "extensions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    previousEnd: date("previous_end", { mode: "string" }).notNull(),
    requestedEnd: date("requested_end", { mode: "string" }).notNull(),
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
    index("extensions_project_idx").on(t.projectId, t.requestedAt),
    uniqueIndex("extensions_one_open_idx").on(t.projectId).where(sql`${t.status} = 'requested'`),
    check("extensions_status_known", sql`${t.status} in ('requested','approved','refused')`),
    check("extensions_later", sql`${t.requestedEnd} > ${t.previousEnd}`),
  ],
);

/**
 * One row per reminder owed: its key (report, step, person) is unique, so a reminder is queued
 * once whichever instance, run or restart gets there first.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dedupeKey: text("dedupe_key").notNull(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** "before:30", "before:7", "overdue:1", "overdue:2", … */
    step: text("step").notNull(),
    createdAt,
  },
  (t) => [uniqueIndex("reminders_dedupe_idx").on(t.dedupeKey), index("reminders_report_idx").on(t.reportId)],
);

/** Portfolio views: bookmarks, the search engine's documents, and appeals (funding requirements). */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./people";
import { projects } from "./projects";
import { areasOfWork, countries, regions } from "./reference";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const bookmarks = pgTable(
  "bookmarks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    createdAt,
  },
  (t) => [primaryKey({ columns: [t.userId, t.projectId] }), index("bookmarks_project_idx").on(t.projectId)],
);

/**
 * One search document per project, kept by triggers (migration 0007) from the project, its
 * countries and its lessons learned, so that every writer keeps it current without knowing it.
 */
export const projectSearch = pgTable("project_search", {
  projectId: uuid("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  document: tsvector("document").notNull(),
  /** Code and title folded (lower case, no accents) for typo-tolerant trigram matching. */
  codeTitle: text("code_title").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An appeal: the funding requirements an organisation publishes for a year (seed 001, 2016). */
export const appeals = pgTable("appeals", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  currency: text("currency").notNull().default("USD"),
  sourceSha256: text("source_sha256").notNull(),
  importedById: uuid("imported_by_id").references(() => users.id),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One requirement: a region (null: multi-regional), a country (null: the region's regional
 * programmes) and a programmatic area (null: not broken down), in cents.
 */
export const appealRequirements = pgTable(
  "appeal_requirements",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    regionCode: text("region_code").references(() => regions.code),
    countryIso3: text("country_iso3").references(() => countries.iso3),
    areaCode: text("area_code").references(() => areasOfWork.code),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  },
  (t) => [
    unique("appeal_requirements_cell_idx")
      .on(t.appealId, t.regionCode, t.countryIso3, t.areaCode)
      .nullsNotDistinct(),
    index("appeal_requirements_country_idx").on(t.countryIso3),
    check("appeal_requirements_amount_not_negative", sql`${t.amountCents} >= 0`),
  ],
);

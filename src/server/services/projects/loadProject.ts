/**
 * The project loaders: the whole record with all its parts (what the project page and the edit
 * form show) and just its scope facts (what authorization needs). They stay together because
 * every project use case starts with one of the two, and the choice between them is the point.
 */
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import {
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectBudgetYears,
  projectCountries,
  projectMigof,
  projectStrategyPoints,
  projects,
  users,
} from "../../db/schema";
import type { ProjectScopeFacts } from "../../policies/project";

export type ProjectRow = typeof projects.$inferSelect;
export interface PersonRef {
  id: string;
  name: string;
}

export interface ProjectRecord {
  row: ProjectRow;
  countries: string[];
  areaShares: { code: string; shareHundredths: number }[];
  activityShares: { code: string; shareHundredths: number }[];
  beneficiaries: {
    type: string;
    sex: "female" | "male" | "all";
    ageGroup: "children" | "youth" | "adults" | "older" | "all";
    number: number;
  }[];
  strategyPoints: number[];
  migof: string[];
  pm: PersonRef | null;
  altPm: PersonRef | null;
  /**
   * The budget by year as planned (requested) and approved, one entry per year of the project;
   * empty when nobody planned it. Read through domain/annualSplit.ts splitOrDefault, never as is.
   */
  budgetYears: { requested: number; approved: number | null }[];
  /** With the facts the presenter needs to decide whether this user may see it. */
  followUpOf: (ProjectScopeFacts & { id: string; code: string; title: string }) | null;
}

/**
 * One statement for the project and all its parts: the project page is the most visited page,
 * and nine round trips to the database cost more than the reading itself.
 */
export async function loadProject(db: DbOrTx, id: string): Promise<ProjectRecord | null> {
  const followUp = alias(projects, "follow_up");
  const pm = alias(users, "pm");
  const altPm = alias(users, "alt_pm");
  const [found] = await db
    .select({
      row: projects,
      countries: sql<
        string[]
      >`coalesce((select array_agg(${projectCountries.countryIso3} order by ${projectCountries.countryIso3})
        from ${projectCountries} where ${projectCountries.projectId} = ${projects.id}), '{}')`,
      areaShares: sql<
        ProjectRecord["areaShares"]
      >`coalesce((select json_agg(json_build_object('code', ${projectAreaShares.areaCode}, 'shareHundredths', ${projectAreaShares.shareHundredths}) order by ${projectAreaShares.areaCode})
        from ${projectAreaShares} where ${projectAreaShares.projectId} = ${projects.id}), '[]')`,
      activityShares: sql<
        ProjectRecord["activityShares"]
      >`coalesce((select json_agg(json_build_object('code', ${projectActivityShares.activityCode}, 'shareHundredths', ${projectActivityShares.shareHundredths}) order by ${projectActivityShares.activityCode})
        from ${projectActivityShares} where ${projectActivityShares.projectId} = ${projects.id}), '[]')`,
      beneficiaries: sql<
        ProjectRecord["beneficiaries"]
      >`coalesce((select json_agg(json_build_object('type', ${projectBeneficiaries.typeCode}, 'sex', ${projectBeneficiaries.sex}, 'ageGroup', ${projectBeneficiaries.ageGroup}, 'number', ${projectBeneficiaries.number}) order by ${projectBeneficiaries.sort}, ${projectBeneficiaries.id})
        from ${projectBeneficiaries} where ${projectBeneficiaries.projectId} = ${projects.id}), '[]')`,
      strategyPoints: sql<
        number[]
      >`coalesce((select array_agg(${projectStrategyPoints.point} order by ${projectStrategyPoints.point})
        from ${projectStrategyPoints} where ${projectStrategyPoints.projectId} = ${projects.id}), '{}')`,
      migof: sql<
        string[]
      >`coalesce((select array_agg(${projectMigof.migofCode} order by ${projectMigof.migofCode})
        from ${projectMigof} where ${projectMigof.projectId} = ${projects.id}), '{}')`,
      budgetYears: sql<
        ProjectRecord["budgetYears"]
      >`coalesce((select json_agg(json_build_object('requested', ${projectBudgetYears.requestedCents}, 'approved', ${projectBudgetYears.approvedCents}) order by ${projectBudgetYears.yearIndex})
        from ${projectBudgetYears} where ${projectBudgetYears.projectId} = ${projects.id}), '[]')`,
      pmName: pm.name,
      altPmName: altPm.name,
      followUp: {
        id: followUp.id,
        code: followUp.code,
        title: followUp.title,
        pmId: followUp.pmId,
        altPmId: followUp.altPmId,
        regionCode: followUp.regionCode,
        status: followUp.status,
      },
    })
    .from(projects)
    .leftJoin(pm, eq(pm.id, projects.pmId))
    .leftJoin(altPm, eq(altPm.id, projects.altPmId))
    .leftJoin(followUp, eq(followUp.id, projects.followUpOfId))
    .where(eq(projects.id, id));
  if (!found) return null;
  const { row } = found;
  return {
    row,
    countries: found.countries,
    areaShares: found.areaShares,
    activityShares: found.activityShares,
    beneficiaries: found.beneficiaries,
    strategyPoints: found.strategyPoints,
    migof: found.migof,
    budgetYears: found.budgetYears,
    pm: row.pmId && found.pmName !== null ? { id: row.pmId, name: found.pmName } : null,
    altPm: row.altPmId && found.altPmName !== null ? { id: row.altPmId, name: found.altPmName } : null,
    followUpOf: row.followUpOfId && found.followUp ? found.followUp : null,
  };
}

/** Just what authorization needs, to refuse early without loading the whole record. */
export async function loadProjectScope(db: DbOrTx, id: string): Promise<ProjectScopeFacts | null> {
  const [row] = await db
    .select({
      pmId: projects.pmId,
      altPmId: projects.altPmId,
      regionCode: projects.regionCode,
      status: projects.status,
    })
    .from(projects)
    .where(eq(projects.id, id));
  return row ?? null;
}

/** Reads one project with all its parts: what the project page and the edit form show. */
import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import {
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectCountries,
  projectMigof,
  projectStrategyPoints,
  projects,
  users,
} from "../db/schema";
import type { ProjectScopeFacts } from "../policies/project";

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
  /** With the facts the presenter needs to decide whether this user may see it. */
  followUpOf: (ProjectScopeFacts & { id: string; code: string; title: string }) | null;
}

export async function loadProject(db: DbOrTx, id: string): Promise<ProjectRecord | null> {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  if (!row) return null;
  const countries = await db
    .select({ iso3: projectCountries.countryIso3 })
    .from(projectCountries)
    .where(eq(projectCountries.projectId, id))
    .orderBy(asc(projectCountries.countryIso3));
  const areaShares = await db
    .select({ code: projectAreaShares.areaCode, shareHundredths: projectAreaShares.shareHundredths })
    .from(projectAreaShares)
    .where(eq(projectAreaShares.projectId, id))
    .orderBy(asc(projectAreaShares.areaCode));
  const activityShares = await db
    .select({
      code: projectActivityShares.activityCode,
      shareHundredths: projectActivityShares.shareHundredths,
    })
    .from(projectActivityShares)
    .where(eq(projectActivityShares.projectId, id))
    .orderBy(asc(projectActivityShares.activityCode));
  const beneficiaries = await db
    .select({
      type: projectBeneficiaries.typeCode,
      sex: projectBeneficiaries.sex,
      ageGroup: projectBeneficiaries.ageGroup,
      number: projectBeneficiaries.number,
    })
    .from(projectBeneficiaries)
    .where(eq(projectBeneficiaries.projectId, id))
    .orderBy(asc(projectBeneficiaries.sort), asc(projectBeneficiaries.id));
  const points = await db
    .select({ point: projectStrategyPoints.point })
    .from(projectStrategyPoints)
    .where(eq(projectStrategyPoints.projectId, id))
    .orderBy(asc(projectStrategyPoints.point));
  const migof = await db
    .select({ code: projectMigof.migofCode })
    .from(projectMigof)
    .where(eq(projectMigof.projectId, id))
    .orderBy(asc(projectMigof.migofCode));
  const peopleIds = [row.pmId, row.altPmId].filter((p): p is string => p !== null);
  const people =
    peopleIds.length > 0
      ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, peopleIds))
      : [];
  const person = (pid: string | null) => people.find((p) => p.id === pid) ?? null;
  const [followUpOf] = row.followUpOfId
    ? await db
        .select({
          id: projects.id,
          code: projects.code,
          title: projects.title,
          pmId: projects.pmId,
          altPmId: projects.altPmId,
          regionCode: projects.regionCode,
          status: projects.status,
        })
        .from(projects)
        .where(eq(projects.id, row.followUpOfId))
    : [];
  return {
    row,
    countries: countries.map((c) => c.iso3),
    areaShares,
    activityShares,
    beneficiaries,
    strategyPoints: points.map((p) => p.point),
    migof: migof.map((m) => m.code),
    pm: person(row.pmId),
    altPm: person(row.altPmId),
    followUpOf: followUpOf ?? null,
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

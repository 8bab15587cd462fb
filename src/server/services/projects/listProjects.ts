/** The project list: filters, sort and one page, within what the user may read. */
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { ProjectListQuery } from "../../../domain/project";
import type { DbOrTx } from "../../db/client";
import { containsPattern } from "../../db/likePattern";
import { projectAreaShares, projectCountries, projectFundingSources, projects, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { readScope } from "../../policies/readScope";
import type { PersonRef, ProjectRow } from "./loadProject";

const SORT_COLUMNS = {
  code: projects.code,
  title: projects.title,
  fundingYear: projects.fundingYear,
  requestedBudget: projects.requestedBudgetCents,
  status: projects.status,
  plannedStart: projects.plannedStart,
  updatedAt: projects.updatedAt,
} as const;

export function projectFilters(user: Actor, query: ProjectListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  conditions.push(readScope(user).where(projects.regionCode));
  if (query.region) conditions.push(eq(projects.regionCode, query.region));
  if (query.fundingYear) conditions.push(eq(projects.fundingYear, query.fundingYear));
  if (query.status) conditions.push(eq(projects.status, query.status));
  if (query.fundLine) conditions.push(eq(projects.fundLine, query.fundLine));
  if (query.mine) conditions.push(or(eq(projects.pmId, user.id), eq(projects.altPmId, user.id)));
  if (query.country) {
    const country = query.country;
    conditions.push(
      sql`exists (select 1 from ${projectCountries} where ${projectCountries.projectId} = ${projects.id} and ${projectCountries.countryIso3} = ${country})`,
    );
  }
  if (query.areaOfWork) {
    const area = query.areaOfWork;
    conditions.push(
      sql`exists (select 1 from ${projectAreaShares} where ${projectAreaShares.projectId} = ${projects.id} and ${projectAreaShares.areaCode} = ${area})`,
    );
  }
  if (query.cofundedBy && query.cofundedBy.length > 0) {
    conditions.push(
      sql`exists (select 1 from ${projectFundingSources} where ${projectFundingSources.projectId} = ${projects.id} and ${inArray(projectFundingSources.organisationName, query.cofundedBy)})`,
    );
  }
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(projects.title, pattern), ilike(projects.code, pattern)));
  }
  return and(...conditions);
}

export interface ProjectListRow {
  row: ProjectRow;
  countries: string[];
  pm: PersonRef | null;
}

export async function listProjects(
  db: DbOrTx,
  user: Actor,
  query: ProjectListQuery,
): Promise<{ rows: ProjectListRow[]; total: number }> {
  const where = projectFilters(user, query);
  const direction = query.order === "asc" ? asc : desc;
  const rows = await db
    .select({
      row: projects,
      countries: sql<
        string[]
      >`coalesce((select array_agg(${projectCountries.countryIso3} order by ${projectCountries.countryIso3}) from ${projectCountries} where ${projectCountries.projectId} = ${projects.id}), '{}')`,
      pmName: users.name,
    })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.pmId))
    .where(where)
    .orderBy(direction(SORT_COLUMNS[query.sort]), direction(projects.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(projects).where(where);
  return {
    rows: rows.map((r) => ({
      row: r.row,
      countries: r.countries,
      pm: r.row.pmId && r.pmName ? { id: r.row.pmId, name: r.pmName } : null,
    })),
    total: totals?.total ?? 0,
  };
}

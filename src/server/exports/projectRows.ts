/**
 * What the project exports read: the filtered projects in keyset-paginated batches (by code, so
 * that memory stays bounded at any portfolio size), and their parts, one query per part and batch.
 */
import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { FigureLanguage } from "../../domain/figureLabels";
import type { DbOrTx } from "../db/client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundLines,
  indicators,
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectCountries,
  projects,
  regions,
  reportBeneficiaries,
  reportIndicatorValues,
  reports,
  resultStatements,
  users,
} from "../db/schema";

export const EXPORT_BATCH_SIZE = 250;

type Names = { nameEn: string; nameFr: string; nameEs: string };

/** Reference names by code, read once per export (a few hundred rows in all). */
export interface ExportReference {
  regions: Map<string, Names>;
  areas: Map<string, Names>;
  activities: Map<string, Names>;
  beneficiaryTypes: Map<string, Names>;
  fundLines: Map<string, Names>;
  /** ISO 3166 alpha-3 → alpha-2 (IATI uses alpha-2). */
  iso2: Map<string, string>;
}

export async function loadExportReference(db: DbOrTx): Promise<ExportReference> {
  const byCode = <T extends { code: string } & Names>(rows: T[]) => new Map(rows.map((r) => [r.code, r]));
  const [regionRows, areaRows, activityRows, beneficiaryRows, lineRows, countryRows] = await Promise.all([
    db.select().from(regions),
    db.select().from(areasOfWork),
    db.select().from(activityTypes),
    db.select().from(beneficiaryTypes),
    db.select().from(fundLines),
    db.select({ iso3: countries.iso3, iso2: countries.iso2 }).from(countries),
  ]);
  return {
    regions: byCode(regionRows),
    areas: byCode(areaRows),
    activities: byCode(activityRows),
    beneficiaryTypes: byCode(beneficiaryRows),
    fundLines: byCode(lineRows),
    iso2: new Map(countryRows.map((c) => [c.iso3, c.iso2])),
  };
}

export function nameIn(names: Names | undefined, language: FigureLanguage, fallback: string): string {
  if (!names) return fallback;
  return language === "fr" ? names.nameFr : language === "es" ? names.nameEs : names.nameEn;
}

const altPm = alias(users, "alt_pm");

async function projectBatch(db: DbOrTx, where: SQL | undefined, after: string | null, limit: number) {
  return db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      summary: projects.summary,
      objective: projects.objective,
      status: projects.status,
      type: projects.type,
      regionCode: projects.regionCode,
      fundingYear: projects.fundingYear,
      fundLine: projects.fundLine,
      requestedBudgetCents: projects.requestedBudgetCents,
      approvedBudgetCents: projects.approvedBudgetCents,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      actualStart: projects.actualStart,
      actualEnd: projects.actualEnd,
      genderMarker: projects.genderMarker,
      updatedAt: projects.updatedAt,
      pmName: users.name,
      altPmName: altPm.name,
      countries: sql<
        string[]
      >`coalesce((select array_agg(${projectCountries.countryIso3} order by ${projectCountries.countryIso3}) from ${projectCountries} where ${projectCountries.projectId} = ${projects.id}), '{}')`,
      followUpOf: sql<string | null>`(select f.code from projects f where f.id = ${projects.followUpOfId})`,
    })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.pmId))
    .leftJoin(altPm, eq(altPm.id, projects.altPmId))
    .where(after === null ? where : and(where, gt(projects.code, after)))
    .orderBy(asc(projects.code))
    .limit(limit);
}
export type ExportProject = Awaited<ReturnType<typeof projectBatch>>[number];

/**
 * Every project matching `where`, by code, `size` at a time. The next batch is asked for as soon
 * as the current one arrives, so the database works while the caller writes.
 */
export async function* projectBatches(
  db: DbOrTx,
  where: SQL | undefined,
  size = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportProject[]> {
  let pending = settled(projectBatch(db, where, null, size));
  for (;;) {
    const batch = await pending;
    const last = batch[batch.length - 1];
    if (batch.length === size && last) pending = settled(projectBatch(db, where, last.code, size));
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
  }
}

/** Each item with what `load` gives for it, the next one loading while the caller handles this one. */
export async function* withPrefetch<T, R>(
  items: Iterable<T>,
  load: (item: T) => Promise<R>,
): AsyncGenerator<[T, R]> {
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  let pending = next.done ? null : settled(load(next.value));
  while (!next.done && pending) {
    const item = next.value;
    const loaded = await pending;
    next = iterator.next();
    pending = next.done ? null : settled(load(next.value));
    yield [item, loaded];
  }
}

/** A read started ahead may be abandoned when the download stops: its failure must not go unhandled. */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(key(row));
    if (list) list.push(row);
    else grouped.set(key(row), [row]);
  }
  return grouped;
}
/** Rows grouped by project id, in the order the query gave them. */
const byProject = <T extends { projectId: string }>(rows: T[]) => groupBy(rows, (row) => row.projectId);
const byReport = <T extends { reportId: string }>(rows: T[]) => groupBy(rows, (row) => row.reportId);

export async function areaSharesOf(db: DbOrTx, ids: string[]) {
  return byProject(
    await db
      .select({
        projectId: projectAreaShares.projectId,
        code: projectAreaShares.areaCode,
        hundredths: projectAreaShares.shareHundredths,
      })
      .from(projectAreaShares)
      .innerJoin(areasOfWork, eq(areasOfWork.code, projectAreaShares.areaCode))
      .where(inArray(projectAreaShares.projectId, ids))
      .orderBy(asc(areasOfWork.sort), asc(areasOfWork.code)),
  );
}

export async function activitySharesOf(db: DbOrTx, ids: string[]) {
  return byProject(
    await db
      .select({
        projectId: projectActivityShares.projectId,
        code: projectActivityShares.activityCode,
        hundredths: projectActivityShares.shareHundredths,
      })
      .from(projectActivityShares)
      .innerJoin(activityTypes, eq(activityTypes.code, projectActivityShares.activityCode))
      .where(inArray(projectActivityShares.projectId, ids))
      .orderBy(asc(activityTypes.sort), asc(activityTypes.code)),
  );
}

export async function beneficiaryTargetsOf(db: DbOrTx, ids: string[]) {
  return byProject(
    await db
      .select({
        projectId: projectBeneficiaries.projectId,
        type: projectBeneficiaries.typeCode,
        sex: projectBeneficiaries.sex,
        ageGroup: projectBeneficiaries.ageGroup,
        number: projectBeneficiaries.number,
      })
      .from(projectBeneficiaries)
      .where(inArray(projectBeneficiaries.projectId, ids))
      .orderBy(asc(projectBeneficiaries.sort), asc(projectBeneficiaries.id)),
  );
}

export async function reportsOf(db: DbOrTx, ids: string[]) {
  return byProject(
    await db
      .select({
        id: reports.id,
        projectId: reports.projectId,
        kind: reports.kind,
        stage: reports.stage,
        sequence: reports.sequence,
        periodStart: reports.periodStart,
        periodEnd: reports.periodEnd,
        dueDate: reports.dueDate,
        status: reports.status,
        submittedAt: reports.submittedAt,
        decidedAt: reports.decidedAt,
      })
      .from(reports)
      .where(inArray(reports.projectId, ids))
      .orderBy(asc(reports.dueDate), asc(reports.kind), asc(reports.sequence)),
  );
}

/** Beneficiaries reached according to the given reports (each project's current report). */
export async function beneficiariesReachedIn(db: DbOrTx, reportIds: string[]) {
  if (reportIds.length === 0) return new Map<string, never[]>();
  return byReport(
    await db
      .select({
        reportId: reportBeneficiaries.reportId,
        type: reportBeneficiaries.typeCode,
        sex: reportBeneficiaries.sex,
        ageGroup: reportBeneficiaries.ageGroup,
        number: reportBeneficiaries.number,
      })
      .from(reportBeneficiaries)
      .where(inArray(reportBeneficiaries.reportId, reportIds))
      .orderBy(asc(reportBeneficiaries.id)),
  );
}

/** Indicator values according to the given reports. */
export async function indicatorValuesIn(db: DbOrTx, reportIds: string[]) {
  if (reportIds.length === 0) return new Map<string, never[]>();
  return byReport(
    await db
      .select({
        reportId: reportIndicatorValues.reportId,
        indicatorId: reportIndicatorValues.indicatorId,
        actual: reportIndicatorValues.actual,
      })
      .from(reportIndicatorValues)
      .where(inArray(reportIndicatorValues.reportId, reportIds)),
  );
}

export async function resultsOf(db: DbOrTx, ids: string[]) {
  const [statements, measures] = await Promise.all([
    db
      .select({
        id: resultStatements.id,
        projectId: resultStatements.projectId,
        level: resultStatements.level,
        parentId: resultStatements.parentId,
        statement: resultStatements.statement,
      })
      .from(resultStatements)
      .where(inArray(resultStatements.projectId, ids))
      .orderBy(asc(resultStatements.sort), asc(resultStatements.id)),
    db
      .select({
        id: indicators.id,
        projectId: indicators.projectId,
        resultId: indicators.resultId,
        name: indicators.name,
        unit: indicators.unit,
        baseline: indicators.baseline,
        target: indicators.target,
      })
      .from(indicators)
      .where(inArray(indicators.projectId, ids))
      .orderBy(asc(indicators.sort), asc(indicators.id)),
  ]);
  return { statements: byProject(statements), indicators: byProject(measures) };
}

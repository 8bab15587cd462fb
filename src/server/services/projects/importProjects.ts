/**
 * Brings a portfolio in from a workbook (src/domain/projectImport.ts says what is read and kept):
 * one transaction, all or nothing. The reference data and the codes already stored are read in
 * that transaction, so the check and the writing see the same database; any problem, and nothing
 * is written. Each project gets one history entry, "imported", in the status the file gave it.
 */
import { sql } from "drizzle-orm";
import { annualSplit, scaleSplit } from "../../../domain/annualSplit";
import type {
  ImportedProject,
  ImportProblem,
  ImportReference,
  ImportSheet,
  NamedCode,
} from "../../../domain/projectImport";
import { checkProjectImport } from "../../../domain/projectImportCheck";
import type { Db, DbOrTx } from "../../db/client";
import { rowsOf } from "../../db/rows";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  genderMarkers,
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectBudgetYears,
  projectCountries,
  projects,
  projectTransitions,
  regions,
  users,
} from "../../db/schema";
import { inBatches } from "../../db/seed/batches";
import { recordEvent } from "../../events/recordEvent";
import { IMPORT_VOCABULARY } from "../../imports/importVocabulary";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

/**
 * The rows a project's imported years become: none when they are what PRIMA would show without a
 * plan (the split by days, and the approved split as that split scaled), so the default keeps
 * following the dates as it does for a project created without a plan.
 */
function storedBudgetYears(project: ImportedProject): { requested: number[]; approved: number[] | null } {
  const years = project.budgetYears;
  if (!years) return { requested: [], approved: null };
  const byDays = annualSplit(project.requestedBudgetCents, project.plannedStart, project.plannedEnd).map(
    (y) => y.cents,
  );
  const same = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((c, i) => c === b[i]);
  const approvedByDays =
    years.approved === null ||
    (project.approvedBudgetCents !== null &&
      same(years.approved, scaleSplit(byDays, project.approvedBudgetCents)));
  return same(years.requested, byDays) && approvedByDays ? { requested: [], approved: null } : years;
}

export interface ProjectImportInput {
  sheets: ImportSheet[];
  /** The file's name, kept in each project's history entry. */
  file: string;
  dryRun: boolean;
  now: Date;
}

export interface ProjectImportResult {
  problems: ImportProblem[];
  /** Projects ready (dry run) or written. */
  projects: number;
  imported: boolean;
}

type Names = { code: string; nameEn: string; nameFr: string; nameEs: string };
const named = (rows: Names[]): NamedCode[] =>
  rows.map((r) => ({ code: r.code, names: [r.nameEn, r.nameFr, r.nameEs] }));

async function loadImportReference(db: DbOrTx): Promise<ImportReference> {
  // One after the other: these run on the transaction's one connection, where node-postgres
  // queues concurrent queries itself and warns that it will stop doing so (pg 9).
  const regionRows = await db.select().from(regions);
  const lineRows = await db.select().from(fundLines);
  const areaRows = await db.select().from(areasOfWork);
  const activityRows = await db.select().from(activityTypes);
  const typeRows = await db.select().from(beneficiaryTypes);
  const markerRows = await db.select().from(genderMarkers);
  const countryRows = await db.select({ iso3: countries.iso3, region: countries.regionCode }).from(countries);
  const yearRows = await db.select({ year: fundingYears.year }).from(fundingYears);
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users);
  const codes = await db.select({ code: projects.code }).from(projects);
  return {
    regions: named(regionRows),
    fundLines: named(lineRows),
    areas: named(areaRows),
    activities: named(activityRows),
    beneficiaryTypes: named(typeRows),
    genderMarkers: named(markerRows),
    countries: new Map(countryRows.map((c) => [c.iso3, c.region])),
    fundingYears: new Set(yearRows.map((y) => y.year)),
    people,
    existingCodes: new Set(codes.map((c) => c.code)),
  };
}

/** A signed-in fund manager or administrator imports (the command line calls importProjects). */
export async function importProjectsAs(db: Db, actor: Actor, input: ProjectImportInput) {
  authorize(actor, "importProjects");
  return importProjects(db, actor.id, input);
}

export async function importProjects(
  db: Db,
  actorId: string | null,
  input: ProjectImportInput,
): Promise<ProjectImportResult> {
  return db.transaction(async (tx) => {
    const check = checkProjectImport(input.sheets, await loadImportReference(tx), IMPORT_VOCABULARY);
    if (check.problems.length > 0 || input.dryRun) {
      return { problems: check.problems, projects: check.projects.length, imported: false };
    }
    const { now } = input;
    const idOf = new Map<string, string>();
    await inBatches(check.projects, async (batch) => {
      const inserted = await tx
        .insert(projects)
        .values(
          batch.map((p) => ({
            code: p.code,
            title: p.title,
            type: p.type,
            status: p.status,
            regionCode: p.regionCode,
            fundingYear: p.fundingYear,
            fundLine: p.fundLine,
            requestedBudgetCents: p.requestedBudgetCents,
            approvedBudgetCents: p.approvedBudgetCents,
            plannedStart: p.plannedStart,
            plannedEnd: p.plannedEnd,
            actualStart: p.actualStart,
            actualEnd: p.actualEnd,
            pmId: p.pmId,
            altPmId: p.altPmId,
            genderMarker: p.genderMarker,
            createdById: actorId,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning({ id: projects.id, code: projects.code });
      for (const row of inserted) idOf.set(row.code, row.id);
    });
    const id = (code: string) => idOf.get(code) as string;
    const parts = <T>(rows: (p: (typeof check.projects)[number]) => T[]) => check.projects.flatMap(rows);

    await inBatches(
      parts((p) => p.countries.map((countryIso3) => ({ projectId: id(p.code), countryIso3 }))),
      (batch) => tx.insert(projectCountries).values(batch),
    );
    await inBatches(
      parts((p) =>
        p.areaShares.map((s) => ({ projectId: id(p.code), areaCode: s.code, shareHundredths: s.hundredths })),
      ),
      (batch) => tx.insert(projectAreaShares).values(batch),
    );
    await inBatches(
      parts((p) =>
        p.activityShares.map((s) => ({
          projectId: id(p.code),
          activityCode: s.code,
          shareHundredths: s.hundredths,
        })),
      ),
      (batch) => tx.insert(projectActivityShares).values(batch),
    );
    // The export sums a project's beneficiaries by type: one group of everyone per type keeps that sum.
    await inBatches(
      parts((p) =>
        p.beneficiaries.map((b, sort) => ({
          projectId: id(p.code),
          typeCode: b.type,
          sex: "all" as const,
          ageGroup: "all" as const,
          number: b.number,
          sort,
        })),
      ),
      (batch) => tx.insert(projectBeneficiaries).values(batch),
    );
    // The budget by year as the sheet gives it; the split by days stays no plan, as the form keeps it.
    await inBatches(
      parts((p) => {
        const years = storedBudgetYears(p);
        return years.requested.map((requestedCents, yearIndex) => ({
          projectId: id(p.code),
          yearIndex,
          requestedCents,
          approvedCents: years.approved?.[yearIndex] ?? null,
        }));
      }),
      (batch) => tx.insert(projectBudgetYears).values(batch),
    );
    // Follow-ups once every project has its id: one may follow up a project listed after it.
    for (const p of check.projects) {
      if (!p.followUpOf) continue;
      await tx.execute(
        sql`update ${projects} set follow_up_of_id = (select f.id from ${projects} f where f.code = ${p.followUpOf}) where ${projects.id} = ${id(p.code)}`,
      );
    }
    for (const p of check.projects) {
      const [transition] = await tx
        .insert(projectTransitions)
        .values({ projectId: id(p.code), fromStatus: null, toStatus: p.status, actorId, at: now })
        .returning({ id: projectTransitions.id });
      if (!transition) throw new Error("insert returned no row");
      await recordEvent(
        tx,
        { projectId: id(p.code), actorId, at: now },
        {
          kind: "projectImported",
          payload: {
            transitionId: transition.id,
            transition: null,
            to: p.status,
            comment: "",
            details: { file: input.file },
          },
        },
      );
    }
    // One entry for the whole import beside each project's own history: who brought which file in.
    await recordAudit(tx, {
      actorId,
      entityType: "projectImport",
      entityId: input.file,
      action: "import",
      after: { file: input.file, projects: check.projects.map((p) => p.code) },
      at: now,
    });
    await continueCodeSequence(
      tx,
      check.projects.map((p) => p.code),
    );
    return { problems: [], projects: check.projects.length, imported: true };
  });
}

/** New proposals continue after the imported codes of PRIMA's own form, never reusing one. */
async function continueCodeSequence(db: DbOrTx, codes: string[]) {
  const highest = Math.max(0, ...codes.map((code) => Number(/^PRJ-\d{4}-(\d+)$/.exec(code)?.[1] ?? 0)));
  if (highest === 0) return;
  const current = await rowsOf<{ last: string; called: boolean }>(
    db.execute(sql`select last_value::text as last, is_called as called from project_code_seq`),
  );
  const row = current.rows[0];
  const used = row?.called ? Number(row.last) : 0;
  if (highest > used) await db.execute(sql`select setval('project_code_seq', ${highest})`);
}

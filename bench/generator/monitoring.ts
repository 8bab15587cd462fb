/**
 * Everything a generated project owns besides its own row, planned as plain rows with the demo
 * seed's planners: the proposal's parts and history, the results matrix, workplan, reports with
 * their figures and events, extensions, document metadata (no files) and a few bookmarks.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from "../../src/domain/calendar";
import { type ReportingRules, reportSchedule, scheduleDates } from "../../src/domain/reportSchedule";
import { extensionAudits } from "../../src/server/db/seed/demo/monitoring";
import { extendLateClosures } from "../../src/server/db/seed/demo/monitoringExtensions";
import { planMatrix, planWorkplan } from "../../src/server/db/seed/demo/monitoringPlan";
import { planReports } from "../../src/server/db/seed/demo/monitoringReports";
import { EXTENSION_DECISIONS, EXTENSION_JUSTIFICATIONS } from "../../src/server/db/seed/demo/monitoringTexts";
import { placeInTitle } from "../../src/server/db/seed/demo/places";
import type { DemoProject } from "../../src/server/db/seed/demo/plan";
import type { Random } from "../../src/server/db/seed/random";
import type { AreaOfWorkCode } from "../../src/server/db/seed/reference/areasOfWork";
import type { RegionCode } from "../../src/server/db/seed/reference/regions";
import { budgetYearRows } from "./budgetYears";
import type { BenchPeople } from "./people";
import type { Rows } from "./rows";

/** The generated portfolio's "today", the demo's: reports past due by then and not submitted are overdue. */
export const BENCH_TODAY: IsoDate = "2026-11-01";

function officeHours(random: Random, day: IsoDate): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + random.int(8 * 60, 17 * 60) * 60_000);
}

const dayOf = (date: Date): IsoDate => date.toISOString().slice(0, 10);

type Extension = NonNullable<Rows["extensions"]>[number];

/** Running projects: some got more time, a few are waiting for the fund manager or were refused. */
function extendRunning(random: Random, project: DemoProject, fundManagerId: string): Extension[] {
  if (project.status !== "active" || !project.actualStart || project.plannedEnd <= BENCH_TODAY) return [];
  const rows: Extension[] = [];
  const draw = random.next();
  if (draw < 0.1) {
    const previousEnd = addMonths(project.plannedEnd, -random.pick([3, 6]));
    const asked = addDays([previousEnd, BENCH_TODAY].sort()[0] as IsoDate, -random.int(30, 75));
    if (asked > addDays(project.actualStart, 60)) {
      const requestedAt = officeHours(random, asked);
      rows.push({
        id: random.uuid(),
        projectId: project.id,
        previousEnd,
        requestedEnd: project.plannedEnd,
        justification: random.pick(EXTENSION_JUSTIFICATIONS),
        status: "approved",
        requestedById: project.pmId,
        requestedAt,
        decidedById: fundManagerId,
        decidedAt: officeHours(random, addDays(asked, random.int(4, 20))),
        decisionComment: random.pick(EXTENSION_DECISIONS.approved),
        version: 2,
      });
    }
  } else if (draw < 0.145) {
    const refused = draw < 0.115;
    const requestedAt = officeHours(
      random,
      addDays(BENCH_TODAY, -random.int(refused ? 60 : 3, refused ? 120 : 20)),
    );
    if (dayOf(requestedAt) <= project.actualStart) return rows;
    rows.push({
      id: random.uuid(),
      projectId: project.id,
      previousEnd: project.plannedEnd,
      requestedEnd: addMonths(project.plannedEnd, random.pick([3, 4, 6])),
      justification: random.pick(EXTENSION_JUSTIFICATIONS),
      status: refused ? "refused" : "requested",
      requestedById: project.pmId,
      requestedAt,
      decidedById: refused ? fundManagerId : null,
      decidedAt: refused ? officeHours(random, addDays(dayOf(requestedAt), random.int(5, 15))) : null,
      decisionComment: refused ? EXTENSION_DECISIONS.refused : "",
      version: refused ? 2 : 1,
    });
  }
  return rows;
}

const MEDIA = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

function hex(random: Random, length: number): string {
  let out = "";
  while (out.length < length) out += random.int(0, 0xffffffff).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

/** Filed documents as metadata only: the storage path names no real file. */
function fileDocument(
  random: Random,
  rows: Rows,
  project: DemoProject,
  doc: {
    kind: string;
    title: string;
    ext: keyof typeof MEDIA;
    by: string;
    at: Date;
    versions: number;
    reportId?: string;
  },
) {
  const id = random.uuid();
  rows.documents.push({
    id,
    projectId: project.id,
    kind: doc.kind,
    title: doc.title,
    reportId: doc.reportId ?? null,
    createdById: doc.by,
    createdAt: doc.at,
  });
  for (let version = 1; version <= doc.versions; version++) {
    rows.documentVersions.push({
      id: random.uuid(),
      documentId: id,
      version,
      filename: `${doc.title.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}-${project.code}-v${version}.${doc.ext}`,
      mediaType: MEDIA[doc.ext],
      sizeBytes: random.int(18_000, 3_500_000),
      sha256: hex(random, 64),
      storagePath: `bench/${id}/${version}`,
      uploadedById: doc.by,
      uploadedAt: new Date(doc.at.getTime() + (version - 1) * random.int(1, 20) * 86_400_000),
    });
  }
}

export interface PortfolioContext {
  people: BenchPeople;
  rules: Map<string, ReportingRules>;
  projectsTotal: number;
}

/** Adds one project and everything it owns to `rows`. Extensions may move its planned end first. */
export function planProjectRows(
  random: Random,
  project: DemoProject,
  context: PortfolioContext,
  rows: Rows,
): void {
  const fundManagerId = context.people.fundManagers[0].id;
  const funded = project.status === "approved" || project.status === "active" || project.status === "closed";
  const extensions = funded
    ? [
        ...extendLateClosures(random, [project], { fundManagerId, today: BENCH_TODAY }),
        ...extendRunning(random, project, fundManagerId),
      ]
    : [];
  const { countries, areaShares, activityShares, beneficiaries, strategyPoints, migof, transitions, ...own } =
    project;
  rows.projects.push({
    ...own,
    createdById: project.pmId,
    createdAt: transitions[0]?.at,
    updatedAt: transitions.at(-1)?.at,
    version: transitions.length,
  });
  for (const countryIso3 of countries) rows.projectCountries.push({ projectId: project.id, countryIso3 });
  rows.budgetYears.push(...budgetYearRows(project));
  for (const s of areaShares)
    rows.projectAreaShares.push({ projectId: project.id, areaCode: s.code, shareHundredths: s.hundredths });
  for (const s of activityShares)
    rows.projectActivityShares.push({
      projectId: project.id,
      activityCode: s.code,
      shareHundredths: s.hundredths,
    });
  beneficiaries.forEach((group, sort) => {
    rows.projectBeneficiaries.push({ projectId: project.id, ...group, sort });
  });
  for (const point of strategyPoints) rows.projectStrategyPoints.push({ projectId: project.id, point });
  for (const migofCode of migof) rows.projectMigof.push({ projectId: project.id, migofCode });
  for (const t of transitions) {
    rows.projectTransitions.push({
      projectId: project.id,
      transition: t.name,
      fromStatus: t.from,
      toStatus: t.to,
      actorId: t.actorId,
      at: t.at,
      comment: t.comment,
    });
  }
  const created = transitions[0]?.at ?? new Date(`${project.fundingYear - 1}-10-01T09:00:00Z`);
  fileDocument(random, rows, project, {
    kind: "proposal",
    title: "Project proposal",
    ext: "docx",
    by: project.pmId,
    at: created,
    versions: random.int(1, 3),
  });
  const endorsed = transitions.find((t) => t.name === "endorse");
  if (endorsed) {
    fileDocument(random, rows, project, {
      kind: "endorsement",
      title: "Regional endorsement",
      ext: "pdf",
      by: endorsed.actorId,
      at: endorsed.at,
      versions: 1,
    });
  }
  for (const viewer of [context.people.fundManagers[0], ...context.people.viewers]) {
    if (viewer.regionCode && viewer.regionCode !== project.regionCode) continue;
    if (random.chance(Math.min(1, 30 / context.projectsTotal)))
      rows.bookmarks.push({ userId: viewer.id, projectId: project.id, createdAt: created });
  }
  if (!funded) return;

  rows.extensions.push(...extensions);
  for (const e of extensions) rows.auditEvents.push(...extensionAudits(e));
  const approvedAt = transitions.find((t) => t.name === "approve")?.at ?? created;
  const closedAt = transitions.find((t) => t.name === "close")?.at ?? null;
  fileDocument(random, rows, project, {
    kind: "budget",
    title: "Approved budget",
    ext: "xlsx",
    by: project.pmId,
    at: approvedAt,
    versions: 1,
  });
  const place = placeInTitle(project.countries, project.regionCode as RegionCode | null);
  const planned = planMatrix(random, project, place, rows, approvedAt);
  const { start, end } = scheduleDates(project);
  planWorkplan(random, project, { start, end, today: BENCH_TODAY }, rows, approvedAt);
  const schedule = reportSchedule(start, end, context.rules.get(project.fundLine) as ReportingRules);
  const reported = planReports(
    random,
    {
      id: project.id,
      status: project.status as "approved" | "active" | "closed",
      start,
      end,
      place,
      area: project.areaShares[0]?.code as AreaOfWorkCode,
      approvedBudgetCents: project.approvedBudgetCents ?? 0,
      areaShares: project.areaShares,
      activityShares: project.activityShares,
      beneficiaries: project.beneficiaries,
      indicators: planned,
      pmId: project.pmId,
      fundManagerId,
      scheduledAt: approvedAt,
      closedAt,
      late: random.chance(0.22),
      keepDuePending: false,
    },
    schedule,
    BENCH_TODAY,
  );
  rows.reports.push(...reported.reports);
  rows.indicatorValues.push(...reported.indicatorValues);
  rows.reportBeneficiaries.push(...reported.beneficiaries);
  rows.areaExpenditures.push(...reported.areaExpenditures);
  rows.activityExpenditures.push(...reported.activityExpenditures);
  rows.reportEvents.push(...reported.events);
  for (const report of reported.reports) {
    if (report.status === "pending" || !report.submittedAt || !random.chance(0.3)) continue;
    fileDocument(random, rows, project, {
      kind: "report",
      title: report.kind === "narrative" ? "Narrative report annex" : "Financial statement",
      ext: report.kind === "narrative" ? "pdf" : "xlsx",
      by: project.pmId,
      at: report.submittedAt,
      versions: 1,
      reportId: report.id,
    });
  }
  // The project ran its full length: a check that the dates hold together, as the schema asks.
  if (daysBetween(start, end) <= 0) throw new Error(`Project ${project.code} ends before it starts`);
}

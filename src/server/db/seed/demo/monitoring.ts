/**
 * Implementation monitoring for the demo portfolio: every approved, active or closed project gets
 * a results matrix, a workplan, its reporting schedule (from its dates and its fund line's rules)
 * and the history of its reports up to DEMO_TODAY, plus a few extensions. Deterministic, like the
 * rest of the demo: the same rows, down to the ids, on every run and on both databases.
 */

import type { PgTable } from "drizzle-orm/pg-core";
import type { IsoDate } from "../../../../domain/calendar";
import { type ReportingRules, reportSchedule, scheduleDates } from "../../../../domain/reportSchedule";
import type { DbOrTx } from "../../client";
import {
  auditEvents,
  extensions,
  indicators,
  milestones,
  reportActivityExpenditures,
  reportAreaExpenditures,
  reportBeneficiaries,
  reportEvents,
  reportIndicatorValues,
  reportingRules,
  reports,
  resultStatements,
  resultsMatrices,
  workplans,
} from "../../schema";
import { inBatches } from "../batches";
import { createRandom } from "../random";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import { isoDate } from "./calendar";
import { DEMO_TODAY } from "./history";
import {
  type ExtensionRow,
  extendLateClosures,
  extendRunningProjects,
  startEndToEndProject,
} from "./monitoringExtensions";
import { type PlanRows, planMatrix, planWorkplan } from "./monitoringPlan";
import { planReports } from "./monitoringReports";
import { placeInTitle } from "./places";
import type { DemoProject } from "./plan";
import type { ReportRows } from "./reportingProject";
import { DEMO_FUND_MANAGER_EMAIL, DEMO_PM_EMAIL } from "./users";

const SEED = 1035;
const TODAY: IsoDate = isoDate(DEMO_TODAY);

export interface MonitoringRows extends ReportRows, PlanRows {
  extensions: ExtensionRow[];
  audits: (typeof auditEvents.$inferInsert)[];
}

/** The audit trail the extension services write: the request, and the fund manager's decision. */
export function extensionAudits(e: ExtensionRow): (typeof auditEvents.$inferInsert)[] {
  const requested = {
    actorId: e.requestedById,
    at: e.requestedAt,
    entityType: "project",
    entityId: e.projectId,
    action: "extensionRequested",
    before: { plannedEnd: e.previousEnd },
    after: {
      extensionId: e.id,
      previousEnd: e.previousEnd,
      requestedEnd: e.requestedEnd,
      justification: e.justification,
    },
  };
  if (e.status === "requested" || !e.decidedAt) return [requested];
  const approved = e.status === "approved";
  return [
    requested,
    {
      actorId: e.decidedById ?? null,
      at: e.decidedAt,
      entityType: "project",
      entityId: e.projectId,
      action: approved ? "extensionApproved" : "extensionRefused",
      before: { plannedEnd: e.previousEnd },
      after: {
        plannedEnd: approved ? e.requestedEnd : e.previousEnd,
        extensionId: e.id,
        previousEnd: e.previousEnd,
        requestedEnd: e.requestedEnd,
        comment: e.decisionComment,
      },
    },
  ];
}

async function loadRules(db: DbOrTx): Promise<Map<string, ReportingRules>> {
  const stored = await db.select().from(reportingRules);
  return new Map(
    stored.map(({ fundLine, version: _v, updatedAt: _u, updatedById: _b, ...rules }) => [fundLine, rules]),
  );
}

/**
 * Plans the monitoring data of the portfolio. Runs before the projects are stored, because it
 * also dates them: approved extensions move planned ends, and the demo PM's end-to-end project
 * starts so that its first interim report is due on DEMO_TODAY.
 */
export async function planDemoMonitoring(
  db: DbOrTx,
  portfolio: DemoProject[],
  idOf: (email: string) => string,
): Promise<MonitoringRows> {
  const random = createRandom(SEED);
  const rules = await loadRules(db);
  const fundManagerId = idOf(DEMO_FUND_MANAGER_EMAIL);
  const demoPmId = idOf(DEMO_PM_EMAIL);
  const endToEnd = startEndToEndProject(portfolio, demoPmId);
  const people = { fundManagerId, today: TODAY };
  const extended = [
    ...extendLateClosures(random, portfolio, people),
    ...extendRunningProjects(random, portfolio, { ...people, demoPmId, endToEndId: endToEnd.id }),
  ];
  const rows: MonitoringRows = {
    matrices: [],
    statements: [],
    indicators: [],
    workplans: [],
    milestones: [],
    reports: [],
    indicatorValues: [],
    beneficiaries: [],
    areaExpenditures: [],
    activityExpenditures: [],
    events: [],
    extensions: extended,
    audits: extended.flatMap(extensionAudits),
  };
  // Late reporters: two of the demo PM's projects (their desk shows overdue reports) and a
  // colleague's longest-running project in each region (every region has some), besides chance.
  const running = portfolio.filter((p) => p.status === "active" && p.id !== endToEnd.id);
  const colleagues = running.filter((p) => p.pmId !== demoPmId).reverse();
  const late = new Set([
    ...running
      .filter((p) => p.pmId === demoPmId)
      .slice(0, 2)
      .map((p) => p.id),
    ...new Map(colleagues.map((p) => [p.regionCode, p.id])).values(),
  ]);
  for (const project of portfolio) {
    if (project.status !== "approved" && project.status !== "active" && project.status !== "closed") continue;
    const own = createRandom(random.int(0, 2 ** 31));
    const place = placeInTitle(project.countries, project.regionCode);
    const approvedAt = project.transitions.find((t) => t.to === "approved")?.at ?? new Date(0);
    const closedAt = project.transitions.find((t) => t.to === "closed")?.at ?? null;
    const planned = planMatrix(own, project, place, rows, approvedAt);
    const { start, end } = scheduleDates(project);
    planWorkplan(own, project, { start, end, today: TODAY }, rows, approvedAt);
    const schedule = reportSchedule(start, end, rules.get(project.fundLine) as ReportingRules);
    const reported = planReports(
      own,
      {
        id: project.id,
        status: project.status,
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
        late: late.has(project.id) || own.chance(0.2),
        keepDuePending: project.id === endToEnd.id,
      },
      schedule,
      TODAY,
    );
    for (const key of Object.keys(reported) as (keyof ReportRows)[]) {
      (rows[key] as unknown[]).push(...reported[key]);
    }
  }
  return rows;
}

/** Stores what planDemoMonitoring planned, once the projects exist. */
export async function seedDemoMonitoring(db: DbOrTx, rows: MonitoringRows): Promise<void> {
  const insert = <T>(table: PgTable, values: T[]) =>
    inBatches(values, (batch) => db.insert(table).values(batch as never));
  await insert(resultsMatrices, rows.matrices);
  // Outcomes before the outputs that point at them.
  await insert(
    resultStatements,
    rows.statements.filter((s) => s.level === "outcome"),
  );
  await insert(
    resultStatements,
    rows.statements.filter((s) => s.level === "output"),
  );
  await insert(indicators, rows.indicators);
  await insert(workplans, rows.workplans);
  await insert(milestones, rows.milestones);
  await insert(extensions, rows.extensions);
  await insert(auditEvents, rows.audits);
  await insert(reports, rows.reports);
  await insert(reportIndicatorValues, rows.indicatorValues);
  await insert(reportBeneficiaries, rows.beneficiaries);
  await insert(reportAreaExpenditures, rows.areaExpenditures);
  await insert(reportActivityExpenditures, rows.activityExpenditures);
  await insert(reportEvents, rows.events);
}

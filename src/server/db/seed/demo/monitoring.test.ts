/**
 * The demo's implementation monitoring, as stored: what a fund manager, a PM and the end-to-end
 * tests find on DEMO_TODAY. (demo.test.ts checks that two runs give the same rows.)
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlRows } from "../../../../../test/sqlRows";
import { addDays, type IsoDate } from "../../../../domain/calendar";
import {
  DEFAULT_REPORTING_RULES,
  planScheduleChanges,
  reportSchedule,
  reportState,
  scheduleDates,
} from "../../../../domain/reportSchedule";
import { type Database, openDatabase } from "../../client";
import * as schema from "../../schema";
import { seedDemoData } from "../demo";
import { seedReferenceData } from "../seedReferenceData";
import { isoDate } from "./calendar";
import { DEMO_TODAY } from "./history";
import { DEMO_FUND_MANAGER_EMAIL, DEMO_PM_EMAIL } from "./users";

const TODAY: IsoDate = isoDate(DEMO_TODAY);

let database: Database;
let projects: (typeof schema.projects.$inferSelect)[];
let reports: (typeof schema.reports.$inferSelect)[];
let events: (typeof schema.reportEvents.$inferSelect)[];
let userId: (email: string) => string;

function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return sqlRows<T>(database.db, query);
}

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite", dataDir: null });
  await database.migrate();
  await seedReferenceData(database.db);
  await seedDemoData(database.db, { passwordHash: "$argon2id$not-a-real-hash" });
  const funded = ["approved", "active", "closed"] as const;
  projects = await database.db.select().from(schema.projects).where(inArray(schema.projects.status, funded));
  reports = await database.db.select().from(schema.reports);
  events = await database.db.select().from(schema.reportEvents).orderBy(schema.reportEvents.at);
  const users = await database.db.select().from(schema.users);
  userId = (email) => users.find((user) => user.email === email)?.id ?? "";
});

afterAll(async () => database?.close());

describe("the demo's implementation monitoring", () => {
  it("gives every approved, active and closed project a results matrix, a workplan and its reporting schedule", async () => {
    const matrices = await database.db.select().from(schema.resultsMatrices);
    const indicators = await database.db.select().from(schema.indicators);
    const milestones = await database.db.select().from(schema.milestones);
    expect(matrices).toHaveLength(projects.length);
    for (const project of projects) {
      const own = indicators.filter((i) => i.projectId === project.id);
      expect(
        own.filter((i) => i.resultId === null),
        project.code,
      ).toHaveLength(1);
      expect(own.every((i) => i.target !== i.baseline)).toBe(true);
      const steps = milestones.filter((m) => m.projectId === project.id);
      expect(steps.length, project.code).toBeGreaterThanOrEqual(3);
      expect(steps.length, project.code).toBeLessThanOrEqual(6);
      const { start, end } = scheduleDates(project);
      for (const step of steps) {
        expect(step.plannedDate >= start && step.plannedDate <= end, project.code).toBe(true);
        if (step.actualDate) expect(step.actualDate < TODAY).toBe(true);
      }
      // Exactly what syncReportSchedule would keep: nothing to insert, move or remove.
      const stored = reports.filter((r) => r.projectId === project.id);
      const changes = planScheduleChanges(stored, reportSchedule(start, end, DEFAULT_REPORTING_RULES));
      expect(changes, project.code).toEqual({ insert: [], move: [], remove: [] });
    }
    const units = new Set(indicators.map((i) => i.unit));
    for (const unit of ["people", "%", "policies", "reports"]) expect(units).toContain(unit);
  });

  it("has overdue reports on DEMO_TODAY, by the rule, in most regions and on the demo PM's desk", async () => {
    const overdue = await rowsOf<{ region: string | null; pm: string }>(
      sql`select p.region_code as region, p.pm_id as pm from reports r join projects p on p.id = r.project_id
          where r.status = 'pending' and r.due_date < ${TODAY}::date`,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(25);
    expect(new Set(overdue.map((r) => r.region)).size).toBeGreaterThanOrEqual(7);
    expect(overdue.filter((r) => r.pm === userId(DEMO_PM_EMAIL)).length).toBeGreaterThanOrEqual(2);
    const byState = new Map<string, number>();
    for (const report of reports) {
      const state = reportState(report, TODAY);
      byState.set(state, (byState.get(state) ?? 0) + 1);
    }
    expect(byState.get("overdue")).toBe(overdue.length);
    for (const state of ["upcoming", "due", "submitted", "returned"]) {
      expect(byState.get(state) ?? 0, state).toBeGreaterThanOrEqual(5);
    }
    expect(byState.get("accepted") ?? 0).toBeGreaterThan(reports.length / 2);
  });

  it("tells each report's history in order: submitted after its period by the PM, decided by the fund manager, before today", () => {
    const projectOf = new Map(projects.map((p) => [p.id, p]));
    const fundManager = userId(DEMO_FUND_MANAGER_EMAIL);
    let late = 0;
    let resubmitted = 0;
    for (const report of reports) {
      const history = events.filter((e) => e.reportId === report.id);
      const project = projectOf.get(report.projectId);
      if (report.status === "pending") {
        expect(history).toEqual([]);
        expect(report.submittedAt).toBeNull();
        continue;
      }
      const submits = history.filter((e) => e.action === "submit");
      const decisions = history.filter((e) => e.action !== "submit");
      expect(history.at(-1)?.action).toBe(
        { submitted: "submit", returned: "return", accepted: "accept" }[report.status],
      );
      history.forEach((event, index) => {
        expect(event.at < DEMO_TODAY).toBe(true);
        if (index > 0) expect(event.at > (history[index - 1]?.at as Date)).toBe(true);
        // Submissions and decisions alternate.
        expect(event.action === "submit").toBe(index % 2 === 0);
      });
      expect(isoDate(submits[0]?.at as Date) > report.periodEnd).toBe(true);
      expect(report.firstSubmittedAt).toEqual(submits[0]?.at);
      expect(report.submittedAt).toEqual(submits.at(-1)?.at);
      expect(report.submittedById).toBe(project?.pmId);
      expect(submits.every((e) => e.actorId === project?.pmId)).toBe(true);
      expect(report.decidedAt).toEqual(decisions.at(-1)?.at ?? null);
      expect(decisions.every((e) => e.actorId === fundManager)).toBe(true);
      if (decisions.length > 0) expect(report.decidedById).toBe(fundManager);
      if (isoDate(report.firstSubmittedAt as Date) > report.dueDate) late++;
      if (submits.length > 1) resubmitted++;
    }
    expect(late).toBeGreaterThan(50);
    expect(resubmitted).toBeGreaterThan(20);
  });

  it("had every report of a closed project accepted before closure, final ones with lessons and good practices", async () => {
    const closures = await database.db
      .select()
      .from(schema.projectTransitions)
      .where(eq(schema.projectTransitions.transition, "close"));
    const closed = projects.filter((p) => p.status === "closed");
    expect(closed.length).toBeGreaterThan(100);
    for (const project of closed) {
      const own = reports.filter((r) => r.projectId === project.id);
      const closedAt = closures.find((t) => t.projectId === project.id)?.at as Date;
      expect(own.every((r) => r.status === "accepted" && (r.decidedAt as Date) < closedAt)).toBe(true);
      const final = own.find((r) => r.stage === "final" && r.kind === "narrative");
      expect(final?.lessonsLearned, project.code).not.toBe("");
      expect(final?.goodPractices, project.code).not.toBe("");
    }
    const texts = reports.map((r) => `${r.lessonsLearned} ${r.goodPractices}`.toLowerCase()).join(" ");
    for (const phrase of [
      "labour mobility",
      "skills recognition",
      "return and reintegration",
      "data",
      "health screening",
      "remittances",
    ]) {
      expect(texts, phrase).toContain(phrase);
    }
  });

  it("gives the demo PM an active project whose first interim narrative report is due on DEMO_TODAY", async () => {
    const mine = projects.filter((p) => p.pmId === userId(DEMO_PM_EMAIL) && p.status === "active");
    const due = reports.filter(
      (r) =>
        mine.some((p) => p.id === r.projectId) &&
        r.kind === "narrative" &&
        r.stage === "interim" &&
        r.sequence === 1 &&
        reportState(r, TODAY) === "due",
    );
    expect(due.length).toBeGreaterThanOrEqual(1);
    const projectId = due[0]?.projectId as string;
    const [indicators, targets] = await Promise.all([
      database.db.$count(schema.indicators, eq(schema.indicators.projectId, projectId)),
      database.db.$count(schema.projectBeneficiaries, eq(schema.projectBeneficiaries.projectId, projectId)),
    ]);
    expect(indicators).toBeGreaterThan(0);
    expect(targets).toBeGreaterThan(0);
    const open = await database.db
      .select()
      .from(schema.extensions)
      .where(and(eq(schema.extensions.projectId, projectId), eq(schema.extensions.status, "requested")));
    expect(open).toEqual([]);
  });

  it("reports figures to date: every indicator and target group, equal expenditure totals within 108 % of the budget, never going down", async () => {
    const missing = await rowsOf<{ id: string }>(
      sql`select r.id from reports r join indicators i on i.project_id = r.project_id
          where r.kind = 'narrative' and r.status <> 'pending'
          and not exists (select 1 from report_indicator_values v where v.report_id = r.id and v.indicator_id = i.id)`,
    );
    expect(missing).toEqual([]);
    const money = await rowsOf<{
      id: string;
      project: string;
      due: string;
      area: string;
      activity: string;
      budget: string;
    }>(
      sql`select r.id, r.project_id as project, r.due_date::text as due, p.approved_budget_cents::text as budget,
            (select sum(amount_cents) from report_area_expenditures a where a.report_id = r.id)::text as area,
            (select sum(amount_cents) from report_activity_expenditures a where a.report_id = r.id)::text as activity
          from reports r join projects p on p.id = r.project_id
          where r.kind = 'financial' and r.status <> 'pending' order by r.project_id, r.due_date, r.sequence`,
    );
    expect(money.length).toBeGreaterThan(400);
    money.forEach((row, index) => {
      expect(row.area).toBe(row.activity);
      // A few demo projects overspend, by 8 % at most (monitoringContent.ts).
      expect(BigInt(row.area) * 100n).toBeLessThanOrEqual(BigInt(row.budget) * 108n);
      const previous = money[index - 1];
      if (previous?.project === row.project)
        expect(BigInt(row.area)).toBeGreaterThanOrEqual(BigInt(previous.area));
    });
    const reached = await rowsOf<{ id: string }>(
      sql`select r.id from reports r where r.kind = 'narrative' and r.status <> 'pending'
          and (select count(*) from report_beneficiaries b where b.report_id = r.id)
            <> (select count(*) from project_beneficiaries t where t.project_id = r.project_id)`,
    );
    expect(reached).toEqual([]);
  });

  it("moves the planned end with each approved extension, audits it, and keeps requests and a refusal", async () => {
    const extensions = await database.db.select().from(schema.extensions);
    const approved = extensions.filter((e) => e.status === "approved");
    expect(approved.length).toBeGreaterThanOrEqual(5);
    expect(extensions.filter((e) => e.status === "requested").length).toBeGreaterThanOrEqual(1);
    expect(extensions.filter((e) => e.status === "refused")).toHaveLength(1);
    const audits = await database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityType, "project"));
    for (const extension of extensions) {
      const project = projects.find((p) => p.id === extension.projectId);
      expect(extension.requestedAt < DEMO_TODAY).toBe(true);
      if (extension.status === "requested") {
        expect(project?.status).toBe("active");
        expect(extension.previousEnd).toBe(project?.plannedEnd);
        continue;
      }
      expect((extension.decidedAt as Date) > extension.requestedAt).toBe(true);
      expect((extension.decidedAt as Date) < DEMO_TODAY).toBe(true);
      expect(isoDate(extension.requestedAt) < extension.previousEnd).toBe(true);
      if (extension.status === "approved") {
        expect(project?.plannedEnd).toBe(extension.requestedEnd);
        const final = reports.find((r) => r.projectId === project?.id && r.stage === "final");
        expect(final?.dueDate).toBe(addDays(extension.requestedEnd, DEFAULT_REPORTING_RULES.finalDueDays));
        expect(
          audits.find((a) => a.entityId === extension.projectId && a.action === "extensionApproved"),
        ).toMatchObject({
          actorId: extension.decidedById,
          before: { plannedEnd: extension.previousEnd },
          after: { plannedEnd: extension.requestedEnd, extensionId: extension.id },
        });
      }
    }
    const actions = audits.map((a) => a.action);
    expect(actions.filter((a) => a === "extensionRequested")).toHaveLength(extensions.length);
    expect(actions.filter((a) => a === "extensionApproved")).toHaveLength(approved.length);
    expect(actions.filter((a) => a === "extensionRefused")).toHaveLength(1);
  });
});

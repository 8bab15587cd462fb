import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateFor } from "../../../domain/exchangeRates";
import { ACTOR_ROLE, PROJECT_STATUSES, TRANSITIONS } from "../../../domain/lifecycle";
import { listEnvelopes } from "../../services/fund/listEnvelopes";
import { loadSpending, spendingProjects } from "../../services/spending/loadSpending";
import { type Database, openDatabase } from "../client";
import * as schema from "../schema";
import {
  DEMO_ALT_PM_EMAIL,
  DEMO_ENVELOPE_CENTS,
  DEMO_PM_EMAIL,
  DEMO_REVIEWER_REGION,
  seedDemoData,
} from "./demo";
import { DEMO_TODAY } from "./demo/history";
import { seedReferenceData } from "./seedReferenceData";

const LINE_2_CEILING_CENTS = { national: 20_000_000, regional: 30_000_000 } as const;

async function freshDemoDatabase(): Promise<Database> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  await database.migrate();
  await seedReferenceData(database.db);
  await seedDemoData(database.db, { passwordHash: "$argon2id$not-a-real-hash" });
  return database;
}

/** Sums of shares per project, for one share table. */
function sharesByProject(rows: { projectId: string; shareHundredths: number }[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.projectId, (sums.get(row.projectId) ?? 0) + row.shareHundredths);
  return sums;
}

// Starting PGlite compiles its WebAssembly, which takes seconds on a busy machine.
let first: Database;
let second: Database;
let projects: (typeof schema.projects.$inferSelect)[];
let users: (typeof schema.users.$inferSelect)[];
let userById: Map<string, typeof schema.users.$inferSelect>;

beforeAll(async () => {
  [first, second] = await Promise.all([freshDemoDatabase(), freshDemoDatabase()]);
  projects = await first.db.select().from(schema.projects).orderBy(asc(schema.projects.code));
  users = await first.db.select().from(schema.users);
  userById = new Map(users.map((user) => [user.id, user]));
});

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe("seedDemoData", () => {
  it("gives the same portfolio on every run", async () => {
    const columns = {
      id: schema.projects.id,
      code: schema.projects.code,
      title: schema.projects.title,
      status: schema.projects.status,
    };
    const a = await first.db.select(columns).from(schema.projects).orderBy(schema.projects.code);
    const b = await second.db.select(columns).from(schema.projects).orderBy(schema.projects.code);
    expect(a).toEqual(b);
    const history = (db: Database) =>
      db.db
        .select({ at: schema.projectTransitions.at, to: schema.projectTransitions.toStatus })
        .from(schema.projectTransitions)
        .orderBy(schema.projectTransitions.id);
    expect(await history(first)).toEqual(await history(second));
  });

  it("gives the same monitoring data on every run, down to the ids", async () => {
    const reportsOf = (db: Database) => db.db.select().from(schema.reports).orderBy(schema.reports.id);
    const eventsOf = (db: Database) =>
      db.db.select().from(schema.reportEvents).orderBy(schema.reportEvents.id);
    const valuesOf = (db: Database) =>
      db.db
        .select()
        .from(schema.reportIndicatorValues)
        .orderBy(schema.reportIndicatorValues.reportId, schema.reportIndicatorValues.indicatorId);
    const indicatorsOf = (db: Database) =>
      db.db.select().from(schema.indicators).orderBy(schema.indicators.id);
    const extensionsOf = (db: Database) =>
      db.db.select().from(schema.extensions).orderBy(schema.extensions.id);
    expect(await reportsOf(first)).toEqual(await reportsOf(second));
    expect(await eventsOf(first)).toEqual(await eventsOf(second));
    expect(await valuesOf(first)).toEqual(await valuesOf(second));
    expect(await indicatorsOf(first)).toEqual(await indicatorsOf(second));
    expect(await extensionsOf(first)).toEqual(await extensionsOf(second));
  });

  it("creates at least 240 projects in all nine regions, most in the demo reviewer's region", () => {
    expect(projects.length).toBeGreaterThanOrEqual(240);
    const perRegion = new Map<string | null, number>();
    for (const project of projects)
      perRegion.set(project.regionCode, (perRegion.get(project.regionCode) ?? 0) + 1);
    expect([...perRegion.keys()].filter((region) => region !== null)).toHaveLength(9);
    const [busiest] = [...perRegion.entries()].sort((a, b) => b[1] - a[1]);
    expect(busiest?.[0]).toBe(DEMO_REVIEWER_REGION);
    expect(busiest?.[1] ?? 0).toBeGreaterThanOrEqual(projects.length * 0.2);
  });

  it("covers every status of the life cycle and every funding year from 2013 to 2026", () => {
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(PROJECT_STATUSES));
    expect(new Set(projects.map((p) => p.fundingYear))).toEqual(
      new Set(Array.from({ length: 14 }, (_, i) => 2013 + i)),
    );
  });

  it("numbers projects PRJ-<year>-<sequence> and lets new projects continue the sequence", async () => {
    projects.forEach((project, index) => {
      expect(project.code).toBe(`PRJ-${project.fundingYear}-${String(index + 1).padStart(4, "0")}`);
    });
    // Both drivers answer with { rows }, which the shared Db type leaves untyped.
    const result = (await first.db.execute(sql`select nextval('project_code_seq') as next`)) as {
      rows: { next: string | number }[];
    };
    expect(Number(result.rows[0]?.next)).toBe(projects.length + 1);
  });

  it("splits every budget that has shares into exactly 100 %", async () => {
    for (const table of [schema.projectAreaShares, schema.projectActivityShares]) {
      const sums = sharesByProject(await first.db.select().from(table));
      expect(sums.size).toBeGreaterThan(200);
      expect([...sums.values()].filter((sum) => sum !== 10_000)).toEqual([]);
    }
  });

  it("respects the Line 2 ceilings and approves no more than was requested", () => {
    for (const project of projects) {
      if (project.fundLine === "L2") {
        expect(project.type).not.toBe("global");
        const ceiling = LINE_2_CEILING_CENTS[project.type as "national" | "regional"];
        expect(project.requestedBudgetCents, project.code).toBeLessThanOrEqual(ceiling);
      }
      expect(project.approvedBudgetCents ?? 0, project.code).toBeLessThanOrEqual(
        project.requestedBudgetCents,
      );
    }
  });

  it("records money and actual dates that match each status", () => {
    for (const project of projects) {
      const funded = ["approved", "active", "closed"].includes(project.status);
      expect(project.approvedBudgetCents !== null, project.code).toBe(funded);
      expect(project.actualStart !== null, project.code).toBe(
        project.status === "active" || project.status === "closed",
      );
      expect(project.actualEnd !== null, project.code).toBe(project.status === "closed");
      expect(project.plannedEnd > project.plannedStart).toBe(true);
      expect(project.plannedStart >= `${project.fundingYear}-01-01`, project.code).toBe(true);
    }
  });

  it("places countries coherently with the type and region", async () => {
    const links = await first.db
      .select({ projectId: schema.projectCountries.projectId, region: schema.countries.regionCode })
      .from(schema.projectCountries)
      .innerJoin(schema.countries, eq(schema.countries.iso3, schema.projectCountries.countryIso3));
    for (const project of projects) {
      const regions = links.filter((link) => link.projectId === project.id).map((link) => link.region);
      if (project.type === "national") expect(regions).toHaveLength(1);
      if (project.type === "regional") expect(regions.length).toBeGreaterThanOrEqual(2);
      if (project.type === "global") expect(project.regionCode).toBeNull();
      expect(
        regions.every((region) => region === project.regionCode),
        project.code,
      ).toBe(true);
    }
  });

  it("gives every project a history allowed by the life cycle, in order, before today", async () => {
    const transitions = await first.db
      .select()
      .from(schema.projectTransitions)
      .orderBy(schema.projectTransitions.id);
    for (const project of projects) {
      const history = transitions.filter((t) => t.projectId === project.id);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "draft", actorId: project.pmId });
      expect(history.at(-1)?.toStatus, project.code).toBe(project.status);
      history.slice(1).forEach((step, index) => {
        const previous = history[index] as (typeof history)[number];
        expect(step.fromStatus).toBe(previous.toStatus);
        expect(step.at.getTime()).toBeGreaterThan(previous.at.getTime());
        const rule = TRANSITIONS.find(
          (t) => t.to === step.toStatus && t.from.includes(step.fromStatus as never),
        );
        expect(rule, `${project.code}: ${step.fromStatus} → ${step.toStatus}`).toBeDefined();
        const actor = userById.get(step.actorId ?? "");
        expect(actor?.role, project.code).toBe(ACTOR_ROLE[rule?.by ?? "projectManager"]);
        if (rule?.by === "projectManager") expect([project.pmId, project.altPmId]).toContain(step.actorId);
        if (rule?.by === "regionalReviewer" && project.regionCode)
          expect(actor?.regionCode).toBe(project.regionCode);
      });
      expect(history.at(-1)?.at.getTime()).toBeLessThan(DEMO_TODAY.getTime());
    }
  });

  it("gives the demo PM a full desk, shared with the alternate PM", () => {
    const idOf = (email: string) => users.find((user) => user.email === email)?.id;
    const mine = projects.filter((p) => p.pmId === idOf(DEMO_PM_EMAIL));
    const drafts = mine.filter((p) => p.status === "draft");
    expect(mine.length).toBeGreaterThanOrEqual(30);
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(drafts.map((p) => p.regionCode)).size).toBeGreaterThanOrEqual(3);
    expect(mine.filter((p) => p.altPmId === idOf(DEMO_ALT_PM_EMAIL)).length).toBeGreaterThanOrEqual(10);
  });

  it("creates the demo accounts with the given password hash and a reviewer per region", () => {
    const byEmail = new Map(users.map((user) => [user.email, user]));
    expect(byEmail.get("reviewer@example.org")).toMatchObject({
      role: "reviewer",
      regionCode: DEMO_REVIEWER_REGION,
    });
    expect(byEmail.get("fund@example.org")?.role).toBe("fund_manager");
    expect(byEmail.get("viewer@example.org")).toMatchObject({ role: "viewer", regionCode: null });
    expect(byEmail.get("admin@example.org")?.role).toBe("admin");
    expect(byEmail.get(DEMO_ALT_PM_EMAIL)?.role).toBe("pm");
    const reviewed = users.filter((user) => user.role === "reviewer").map((user) => user.regionCode);
    expect(new Set(reviewed).size).toBe(9);
    expect(users.every((user) => user.passwordHash === "$argon2id$not-a-real-hash")).toBe(true);
    expect(users.filter((user) => user.role !== "reviewer").every((user) => user.regionCode === null)).toBe(
      true,
    );
  });

  it("links Line 2 follow-ups to earlier Line 1 projects in the same country", async () => {
    const countries = await first.db.select().from(schema.projectCountries);
    const countryOf = (id: string) => countries.find((link) => link.projectId === id)?.countryIso3;
    const followUps = projects.filter((p) => p.followUpOfId);
    expect(followUps.length).toBeGreaterThanOrEqual(3);
    for (const project of followUps) {
      const earlier = projects.find((p) => p.id === project.followUpOfId);
      expect(earlier).toMatchObject({ fundLine: "L1", type: "national" });
      expect(project).toMatchObject({ fundLine: "L2", type: "national" });
      expect(earlier?.fundingYear ?? 9999).toBeLessThan(project.fundingYear);
      expect(countryOf(project.id)).toBe(countryOf(earlier?.id ?? ""));
    }
  });

  it("plans budgets by year that are not the split by days, some approved for less and scaled", async () => {
    const projectsById = new Map((await first.db.select().from(schema.projects)).map((p) => [p.id, p]));
    const years = await first.db.select().from(schema.projectBudgetYears);
    const byProject = new Map<string, (typeof years)[number][]>();
    for (const y of years) byProject.set(y.projectId, [...(byProject.get(y.projectId) ?? []), y]);
    expect(byProject.size).toBeGreaterThan(20);
    let scaled = 0;
    for (const [id, list] of byProject) {
      const project = projectsById.get(id);
      const requested = list.reduce((sum, y) => sum + y.requestedCents, 0);
      expect(requested, project?.code).toBe(project?.requestedBudgetCents);
      if (project?.approvedBudgetCents != null) {
        expect(list.reduce((sum, y) => sum + (y.approvedCents ?? 0), 0)).toBe(project.approvedBudgetCents);
        if (project.approvedBudgetCents !== project.requestedBudgetCents) scaled++;
      }
    }
    expect(scaled).toBeGreaterThan(3);
  });

  it("sets envelopes for every year that hold its approvals and the 2026 pipeline", async () => {
    const envelopes = await listEnvelopes(first.db);
    expect(envelopes.length).toBeGreaterThan(0);
    for (const e of envelopes.filter((x) => x.fundingYear >= 2013 && x.fundingYear <= 2026)) {
      const where = `${e.fundingYear} ${e.fundLine}`;
      expect(e.allocatedCents, where).toBe(DEMO_ENVELOPE_CENTS[e.fundLine as "L1" | "L2"]);
      expect(e.committedCents + e.pipelineCents, where).toBeLessThanOrEqual(e.allocatedCents ?? 0);
    }
  });

  it("shows budget revisions: an increase and a decrease approved (now the projects' budgets), one refused, one open", async () => {
    const rows = await first.db.select().from(schema.budgetRevisions);
    const approved = rows.filter((r) => r.status === "approved");
    expect(approved.some((r) => r.newCents > r.previousCents)).toBe(true);
    expect(approved.some((r) => r.newCents < r.previousCents)).toBe(true);
    expect(rows.filter((r) => r.status === "refused")).toHaveLength(1);
    expect(rows.filter((r) => r.status === "requested")).toHaveLength(1);
    for (const r of approved) {
      const [project] = await first.db
        .select()
        .from(schema.projects)
        .where(eq(schema.projects.id, r.projectId));
      expect(project?.approvedBudgetCents).toBe(r.newCents);
    }
  });

  it("shows spending in every state: on track, flagged, no report yet, overspent, unspent at the end", async () => {
    const today = DEMO_TODAY.toISOString().slice(0, 10);
    const records = await loadSpending(first.db, spendingProjects(undefined), 20, today);
    const states = new Set(records.map((r) => r.state));
    expect([...states].sort()).toEqual(["flagged", "noReport", "onTrack", "overspent"]);
    const unspentAtEnd = records.filter(
      (r) => r.project.end < today && r.report && (r.approvedCents ?? 0) > (r.spentCents ?? 0),
    );
    expect(unspentAtEnd.length).toBeGreaterThan(5);
  });

  it("has co-funded projects in every status, in at least three currencies, and rates for their months", async () => {
    const sources = await first.db
      .select({
        status: schema.projects.status,
        currency: schema.projectFundingSources.currency,
        month: sql<string>`to_char(${schema.projectFundingSources.sourceDate}, 'YYYY-MM')`,
      })
      .from(schema.projectFundingSources)
      .innerJoin(schema.projects, eq(schema.projects.id, schema.projectFundingSources.projectId));
    expect(new Set(sources.map((s) => s.status))).toEqual(new Set(PROJECT_STATUSES));
    const currencies = new Set(sources.map((s) => s.currency));
    for (const c of ["EUR", "JPY", "KWD"]) expect(currencies).toContain(c);
    // Each converts at its month's rate or the latest earlier one (domain/exchangeRates.ts).
    const rates = (await first.db.select().from(schema.currencyRates)).map((r) => ({ ...r, rate: r.rateE8 }));
    for (const s of sources.filter((x) => ["EUR", "JPY", "KWD"].includes(x.currency))) {
      expect(rateFor(rates, s.currency, `${s.month}-01`), `${s.currency} ${s.month}`).not.toBeNull();
    }
  });

  it("refuses to add the demo to a database that already holds projects", async () => {
    await expect(seedDemoData(first.db, { passwordHash: "x" })).rejects.toThrow(/without projects/);
    expect(await first.db.$count(schema.projects)).toBe(projects.length);
  });
});

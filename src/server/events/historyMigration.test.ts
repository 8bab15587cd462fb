/**
 * The event log's migration loses nothing: on the demo database filed the old way (migrations up
 * to 0009, history straight into project_transitions, audit_events and report_events), every
 * project's history as the code before the event log computed it (kept below, verbatim) is the
 * history read from domain_events after 0010, entry for entry and in the same order (ids aside:
 * they are the events' own now, no longer negative or offset).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ProjectStatus, TransitionName } from "../../domain/lifecycle";
import type { FieldChange, HistoryEntry } from "../../domain/workflow";
import { type Database, type DbOrTx, openDatabase } from "../db/client";
import { auditEvents, projects, projectTransitions, reportEvents, reports, users } from "../db/schema";
import { seedDemoData } from "../db/seed/demo";
import { seedReferenceData } from "../db/seed/seedReferenceData";
import { presentHistoryEntry } from "../presenters/historyEntry";
import { projectHistory } from "../services/workflow/projectHistory";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

// The history as computed before the event log (services/workflow/projectHistory.ts before 0010).
const REPORT_ACTIONS = {
  submit: "reportSubmitted",
  return: "reportReturned",
  accept: "reportAccepted",
} as const;
const REPORT_EVENT_ID_OFFSET = 1_000_000_000;

async function legacyProjectHistory(db: DbOrTx, projectId: string): Promise<HistoryEntry[]> {
  const transitions = await db
    .select({
      id: projectTransitions.id,
      at: projectTransitions.at,
      transition: projectTransitions.transition,
      from: projectTransitions.fromStatus,
      to: projectTransitions.toStatus,
      comment: projectTransitions.comment,
      details: projectTransitions.details,
      actorId: users.id,
      actorName: users.name,
    })
    .from(projectTransitions)
    .leftJoin(users, eq(users.id, projectTransitions.actorId))
    .where(eq(projectTransitions.projectId, projectId));
  // Transitions are filed above; the creation shows once, from the transitions table.
  const events = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actorId: users.id,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, "project"),
        eq(auditEvents.entityId, projectId),
        ne(auditEvents.action, "transition"),
        ne(auditEvents.action, "create"),
      ),
    );
  // Report decisions are filed with the report; the project's history shows them too.
  const reportSteps = await db
    .select({
      id: reportEvents.id,
      at: reportEvents.at,
      action: reportEvents.action,
      comment: reportEvents.comment,
      reportId: reports.id,
      kind: reports.kind,
      stage: reports.stage,
      sequence: reports.sequence,
      actorId: users.id,
      actorName: users.name,
    })
    .from(reportEvents)
    .innerJoin(reports, eq(reports.id, reportEvents.reportId))
    .leftJoin(users, eq(users.id, reportEvents.actorId))
    .where(eq(reports.projectId, projectId));
  const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);
  const entries: (HistoryEntry & { order: number })[] = [
    ...transitions.map((t) => ({
      // Ids of the two tables overlap; negative ids keep keys unique for the client.
      id: -t.id,
      order: 0,
      at: t.at.toISOString(),
      actor: person(t.actorId, t.actorName),
      action: t.from === null ? "create" : "transition",
      transition: (t.transition as TransitionName | null) ?? null,
      fromStatus: (t.from as ProjectStatus | null) ?? null,
      toStatus: t.to as ProjectStatus,
      comment: t.comment || null,
      changes: [],
      details: t.details ? asRecord(t.details) : null,
    })),
    ...events.map((e) => {
      const before = asRecord(e.before);
      const after = asRecord(e.after);
      const changes: FieldChange[] =
        e.action === "update"
          ? Object.keys({ ...before, ...after }).map((field) => ({
              field,
              before: before[field],
              after: after[field],
            }))
          : [];
      return {
        id: e.id,
        order: 1,
        at: e.at.toISOString(),
        actor: person(e.actorId, e.actorName),
        action: e.action,
        transition: null,
        fromStatus: null,
        toStatus: null,
        comment: e.action === "comment" ? String(after.body ?? "") : null,
        changes,
        details: e.action === "update" ? null : after,
      };
    }),
    ...reportSteps.map((r) => ({
      // A third id space: report events count down from below the transitions' negative ids.
      id: -(REPORT_EVENT_ID_OFFSET + r.id),
      order: 2,
      at: r.at.toISOString(),
      actor: person(r.actorId, r.actorName),
      action: REPORT_ACTIONS[r.action],
      transition: null,
      fromStatus: null,
      toStatus: null,
      comment: r.comment || null,
      changes: [],
      details: { reportId: r.reportId, kind: r.kind, stage: r.stage, sequence: r.sequence },
    })),
  ];
  entries.sort((a, b) => b.at.localeCompare(a.at) || b.order - a.order || Math.abs(b.id) - Math.abs(a.id));
  return entries.map(({ order: _order, ...entry }) => entry);
}

const migrationsFolder = fileURLToPath(new URL("../db/migrations", import.meta.url));

/** The migrations folder as it was before the event log: 0000 to 0009. */
async function migrationsBefore0010(dir: string): Promise<string> {
  const folder = path.join(dir, "migrations");
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx <= 9);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}

let dir: string;
let database: Database;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "prima-events-"));
  database = await openDatabase({ kind: "pglite", dataDir: null });
}, 120_000);
afterAll(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

it("every demo project's history is the same before and after migration 0010", async () => {
  const { db } = database;
  await migrate(db as never, { migrationsFolder: await migrationsBefore0010(dir) });
  await seedReferenceData(db);
  // The seed derives events with 0010's function; before 0010 there is nothing to derive.
  await db.execute(
    sql`create function prima_file_domain_events() returns bigint language sql as 'select 0::bigint'`,
  );
  // The seed writes people with today's columns; a person's language came later (0014, which adds
  // it only where it is missing).
  await db.execute(sql`alter table users add column language text`);
  // The seed sets the fund's envelopes (0021), which have nothing to do with the history: a table
  // of the same shape takes them and goes again before 0021 makes its own.
  const envelopes = await readFile(path.join(migrationsFolder, "0021_fund_envelopes.sql"), "utf8");
  for (const statement of envelopes.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
  // Likewise the budget revisions (0023): their rows go, their audit entries stay in the history.
  const revisions = await readFile(path.join(migrationsFolder, "0023_budget_revisions.sql"), "utf8");
  for (const statement of revisions.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
  // The same for the projects' budgets by year (0022).
  const budgetYears = await readFile(path.join(migrationsFolder, "0022_budget_years.sql"), "utf8");
  for (const statement of budgetYears.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
  // Likewise the demo's co-funding and exchange rates (0025).
  const cofunding = await readFile(path.join(migrationsFolder, "0025_cofunding.sql"), "utf8");
  for (const statement of cofunding.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
  await seedDemoData(db, { passwordHash: "$argon2id$not-a-real-hash" });
  await db.execute(sql`drop table project_budget_years`);
  await db.execute(sql`drop table fund_envelopes`);
  await db.execute(sql`drop table budget_revisions`);
  await db.execute(sql`drop table project_funding_sources`);
  await db.execute(sql`drop table currency_rates`);
  await db.execute(sql`drop function prima_file_domain_events()`);

  const ids = (await db.select({ id: projects.id }).from(projects).orderBy(asc(projects.code))).map(
    (p) => p.id,
  );
  expect(ids.length).toBeGreaterThan(10);
  const before = new Map<string, HistoryEntry[]>();
  for (const id of ids) before.set(id, await legacyProjectHistory(db, id));

  await database.migrate();

  const withoutId = ({ id: _id, ...entry }: HistoryEntry) => entry;
  let entries = 0;
  for (const id of ids) {
    const after = (await projectHistory(db, id)).map(presentHistoryEntry);
    expect(after.map(withoutId)).toEqual((before.get(id) ?? []).map(withoutId));
    expect(after.every((entry) => entry.id > 0)).toBe(true);
    entries += after.length;
  }
  // The demo's history holds every kind the old code merged: transitions, audit events, reports.
  const actions = new Set([...before.values()].flat().map((entry) => entry.action));
  // (extension requests and decisions are the demo's project audit events)
  expect([...actions]).toEqual(
    expect.arrayContaining(["create", "transition", "reportSubmitted", "extensionRequested"]),
  );
  expect(entries).toBe([...before.values()].flat().length);

  // Calling the backfill again files nothing twice.
  const result = (await db.execute(sql`select prima_file_domain_events() as n`)) as unknown as {
    rows: { n: number | string }[];
  };
  const [again] = result.rows;
  expect(Number(again?.n)).toBe(0);
}, 300_000);

/**
 * Writes a generated portfolio into a migrated, empty database: the accounts, then the projects
 * in chunks (each chunk planned in memory and inserted in one transaction), then the project code
 * sequence and fresh planner statistics. Deterministic: the same seed and size give the same rows.
 */
import { sql } from "drizzle-orm";
import type { ReportingRules } from "../../src/domain/reportSchedule";
import type { Database } from "../../src/server/db/client";
import { fundCountryStatus, projects, reportingRules, users } from "../../src/server/db/schema";
import { type PortfolioContext, planProjectRows } from "./monitoring";
import { benchPasswordHash, planPeople, userRows } from "./people";
import { FollowUps, fundingYears, planProject } from "./projects";
import { emptyRows, insertChunk, insertRows } from "./rows";

export interface GenerateOptions {
  projects: number;
  seed: number;
  chunkSize?: number;
  log?: (line: string) => void;
}

export interface GenerateSummary {
  rows: Map<string, number>;
  seconds: number;
}

export async function generatePortfolio(
  database: Database,
  options: GenerateOptions,
): Promise<GenerateSummary> {
  const { db } = database;
  const log = options.log ?? (() => {});
  const started = performance.now();
  if ((await db.$count(projects)) > 0) {
    throw new Error("The database already holds projects: generate into an empty database");
  }
  const people = planPeople(options.seed, options.projects);
  const counts = new Map<string, number>();
  await insertRows(db, users, userRows(people, await benchPasswordHash(options.seed)));
  counts.set("users", people.all.length);
  const stored = await db.select().from(reportingRules);
  const rules = new Map<string, ReportingRules>(
    stored.map(({ fundLine, version: _v, updatedAt: _u, updatedById: _b, ...r }) => [fundLine, r]),
  );
  const context: PortfolioContext = { people, rules, projectsTotal: options.projects };
  const years = fundingYears(options.projects);
  const followUps = new FollowUps();
  const chunkSize = options.chunkSize ?? 2000;
  let planning = 0;
  for (let first = 0; first < years.length; first += chunkSize) {
    const planned = performance.now();
    const rows = emptyRows();
    const last = Math.min(years.length, first + chunkSize);
    for (let index = first; index < last; index++) {
      const { project, random } = planProject(options.seed, index, years[index] as number, people);
      followUps.link(random, project);
      planProjectRows(random, project, context, rows);
    }
    planning += performance.now() - planned;
    await db.transaction((tx) => insertChunk(tx, rows, counts));
    const seconds = (performance.now() - started) / 1000;
    log(
      `${last.toLocaleString("en")} projects, ${seconds.toFixed(1)} s (planning ${(planning / 1000).toFixed(1)} s)`,
    );
  }
  // History goes straight into the filing tables; their events are derived once, by the function
  // the event log's migration uses for older data (0010_domain_events.sql).
  await db.execute(sql`select prima_file_domain_events()`);
  // The fund's list for the current year: two Member States under Article 4, as in the demo.
  await db
    .insert(fundCountryStatus)
    .values(
      ["VEN", "SSD"].map((country) => ({
        fundingYear: 2026,
        countryIso3: country,
        status: "inArrears",
        note: "Subject to Article 4 of the Constitution (generated data)",
      })),
    )
    .onConflictDoNothing();
  // Envelopes as a fund would set them: each year and line's approved budgets and a tenth more,
  // rounded up to the million (at least one), so the envelope chart and the approval rule have
  // figures to read.
  await db.execute(sql`
    insert into fund_envelopes (funding_year, fund_line, allocated_cents, updated_at)
    select funding_year, fund_line,
           greatest(100000000, ceil(coalesce(sum(approved_budget_cents), 0) * 1.1 / 100000000) * 100000000)::bigint,
           now()
    from projects group by funding_year, fund_line
    on conflict do nothing`);
  await db.execute(sql`select setval('project_code_seq', ${Math.max(1, options.projects)})`);
  // Fresh statistics, and on PostgreSQL a visibility map, so the planner sees the real sizes.
  await db.execute(database.kind === "postgres" ? sql`vacuum analyze` : sql`analyze`);
  return { rows: counts, seconds: (performance.now() - started) / 1000 };
}

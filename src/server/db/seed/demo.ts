/**
 * Fills an empty database with the demo: the accounts of the documentation (all with the
 * password whose hash the caller passes) and a portfolio of projects with their history.
 * Deterministic: two runs give the same users, projects, codes and histories.
 */
import { inArray, sql } from "drizzle-orm";
import { importAppeal2016 } from "../../services/appeal/importAppeal";
import type { DbOrTx } from "../client";
import {
  fundCountryStatus,
  fundEnvelopes,
  projectActivityShares,
  projectAreaShares,
  projectBeneficiaries,
  projectBudgetYears,
  projectCountries,
  projectMigof,
  projectStrategyPoints,
  projects,
  projectTransitions,
  users,
} from "../schema";
import { inBatches } from "./batches";
import { demoBudgetYears } from "./demo/budgetYears";
import { planDemoMonitoring, seedDemoMonitoring } from "./demo/monitoring";
import { planDemoPortfolio } from "./demo/plan";
import { planDemoRevisions, seedDemoRevisions } from "./demo/revisions";
import { DEMO_FUND_MANAGER_EMAIL, DEMO_USERS } from "./demo/users";
import { createRandom } from "./random";

/** Demo only: which Member States are in arrears is the fund manager's data, not ours. */
const DEMO_ARREARS = [
  { country: "VEN", note: "Subject to Article 4 of the Constitution (demo data)" },
  { country: "SSD", note: "Subject to Article 4 of the Constitution (demo data)" },
];

/**
 * Demo only: the same envelope every year from 2013 to 2026 (README), above the most the demo
 * commits in any year (2025: USD 1,020,690 on Line 1, USD 3,517,320 on Line 2) and leaving room
 * to approve every 2026 proposal still in the pipeline.
 */
export const DEMO_ENVELOPE_CENTS = { L1: 150_000_000, L2: 400_000_000 } as const;
const DEMO_ENVELOPE_YEARS = { first: 2013, last: 2026 };

import { seedDemoCofunding } from "./demo/cofunding";

export { DEMO_ALT_PM_EMAIL, DEMO_PM_EMAIL, DEMO_REVIEWER_REGION } from "./demo/users";

const ACCOUNTS_CREATED_AT = new Date("2012-09-03T08:00:00Z");
const DEMO_APPEAL_IMPORTED_AT = new Date("2016-01-15T09:00:00Z");

/** Creates the demo accounts that do not exist yet and returns every demo account's id by e-mail. */
async function createUsers(
  db: DbOrTx,
  passwordHash: string,
): Promise<{ ids: Map<string, string>; created: number }> {
  const random = createRandom(1951);
  const rows = DEMO_USERS.map((user) => ({
    id: random.uuid(),
    email: user.email,
    name: user.name,
    role: user.role,
    regionCode: user.regionCode,
    passwordHash,
    createdAt: ACCOUNTS_CREATED_AT,
  }));
  const inserted = await db
    .insert(users)
    .values(rows)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  const existing = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        rows.map((row) => row.email),
      ),
    );
  return { ids: new Map(existing.map((user) => [user.email, user.id])), created: inserted.length };
}

export async function seedDemoData(
  db: DbOrTx,
  options: { passwordHash: string },
): Promise<{ users: number; projects: number }> {
  return db.transaction(async (tx) => {
    // Demo codes start at 1: they would collide with the projects of a database in use.
    if ((await tx.$count(projects)) > 0) throw new Error("Demo data goes into a database without projects");
    const { ids, created } = await createUsers(tx, options.passwordHash);
    const idOf = (email: string) => {
      const id = ids.get(email);
      if (!id) throw new Error(`Demo user ${email} is missing`);
      return id;
    };
    const portfolio = planDemoPortfolio(idOf);
    // Planned before the projects are stored: extensions and the end-to-end project move their dates.
    const monitoring = await planDemoMonitoring(tx, portfolio, idOf);
    const revisions = planDemoRevisions(portfolio, idOf(DEMO_FUND_MANAGER_EMAIL));

    await inBatches(portfolio, (batch) =>
      tx.insert(projects).values(
        batch.map(
          ({
            countries,
            areaShares,
            activityShares,
            beneficiaries,
            strategyPoints,
            migof,
            transitions,
            ...project
          }) => ({
            ...project,
            createdById: project.pmId,
            createdAt: transitions[0]?.at,
            updatedAt: transitions.at(-1)?.at,
            version: transitions.length,
          }),
        ),
      ),
    );
    const rowsOf = <T>(rows: (project: (typeof portfolio)[number]) => T[]) => portfolio.flatMap(rows);
    await inBatches(
      rowsOf((p) => p.countries.map((countryIso3) => ({ projectId: p.id, countryIso3 }))),
      (batch) => tx.insert(projectCountries).values(batch),
    );
    await inBatches(
      rowsOf((p) =>
        p.areaShares.map((s) => ({ projectId: p.id, areaCode: s.code, shareHundredths: s.hundredths })),
      ),
      (batch) => tx.insert(projectAreaShares).values(batch),
    );
    await inBatches(
      rowsOf((p) =>
        p.activityShares.map((s) => ({
          projectId: p.id,
          activityCode: s.code,
          shareHundredths: s.hundredths,
        })),
      ),
      (batch) => tx.insert(projectActivityShares).values(batch),
    );
    await inBatches(
      rowsOf((p) => p.beneficiaries.map((group, sort) => ({ projectId: p.id, ...group, sort }))),
      (batch) => tx.insert(projectBeneficiaries).values(batch),
    );
    await inBatches(
      rowsOf((p) => p.strategyPoints.map((point) => ({ projectId: p.id, point }))),
      (batch) => tx.insert(projectStrategyPoints).values(batch),
    );
    await inBatches(
      rowsOf((p) => p.migof.map((migofCode) => ({ projectId: p.id, migofCode }))),
      (batch) => tx.insert(projectMigof).values(batch),
    );
    await inBatches(
      rowsOf((p) =>
        p.transitions.map((t) => ({
          projectId: p.id,
          transition: t.name,
          fromStatus: t.from,
          toStatus: t.to,
          actorId: t.actorId,
          at: t.at,
          comment: t.comment,
        })),
      ),
      (batch) => tx.insert(projectTransitions).values(batch),
    );
    // The fund's list for the current year: two Member States under Article 4 (Line 2 closed to them).
    await tx
      .insert(fundCountryStatus)
      .values(
        DEMO_ARREARS.map((a) => ({
          fundingYear: 2026,
          countryIso3: a.country,
          status: "inArrears",
          note: a.note,
        })),
      )
      .onConflictDoNothing();
    const years = DEMO_ENVELOPE_YEARS.last - DEMO_ENVELOPE_YEARS.first + 1;
    await tx
      .insert(fundEnvelopes)
      .values(
        Array.from({ length: years }, (_, i) => DEMO_ENVELOPE_YEARS.first + i).flatMap((fundingYear) =>
          Object.entries(DEMO_ENVELOPE_CENTS).map(([fundLine, allocatedCents]) => ({
            fundingYear,
            fundLine,
            allocatedCents,
            updatedAt: DEMO_APPEAL_IMPORTED_AT,
            updatedById: idOf(DEMO_FUND_MANAGER_EMAIL),
          })),
        ),
      )
      .onConflictDoNothing();
    await inBatches(demoBudgetYears(portfolio), (batch) => tx.insert(projectBudgetYears).values(batch));
    await seedDemoMonitoring(tx, monitoring);
    await seedDemoRevisions(tx, revisions);
    await seedDemoCofunding(tx, portfolio, idOf(DEMO_FUND_MANAGER_EMAIL), DEMO_APPEAL_IMPORTED_AT);
    // The 2016 funding requirements of seed 001, to compare with the funded projects.
    const appeal = await importAppeal2016(tx, idOf(DEMO_FUND_MANAGER_EMAIL), DEMO_APPEAL_IMPORTED_AT);
    if (!appeal.ok) throw new Error(`The 2016 appeal does not import: ${appeal.errors[0]?.message}`);
    // The demo files its history straight into the filing tables, as an installation older than
    // the event log did; the migration's own function derives their events (0010_domain_events.sql).
    await tx.execute(sql`select prima_file_domain_events()`);
    // New projects continue the demo's sequence of codes.
    await tx.execute(sql`select setval('project_code_seq', ${portfolio.length})`);
    return { users: created, projects: portfolio.length };
  });
}

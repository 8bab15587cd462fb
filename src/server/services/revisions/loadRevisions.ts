/**
 * What the budget revision use cases share: reading requests with the people involved (shaped for
 * clients by presenters/revision.ts), the project's current budget as a snapshot, and the rules a
 * revised budget must meet.
 */
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { splitOrDefault } from "../../../domain/annualSplit";
import { RulesBroken } from "../../../domain/errors";
import { type BudgetSnapshot, checkRevision } from "../../../domain/revisions";
import type { DbOrTx } from "../../db/client";
import { budgetRevisions, users } from "../../db/schema";
import { loadEnvelopeState } from "../fund/listEnvelopes";
import { loadFundYearParameters, loadProposalFacts } from "../fund/loadFundYearParameters";
import { loadBudgetYears } from "../projects/budgetYears";
import type { ProjectRecord } from "../projects/loadProject";

export type RevisionRow = typeof budgetRevisions.$inferSelect;

export interface RevisionRecord {
  revision: RevisionRow;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
}

const decider = alias(users, "decider");

/** A project's revisions, newest first, with who asked and who decided. */
export async function loadRevisions(
  db: DbOrTx,
  where: { projectId: string } | { id: string },
): Promise<RevisionRecord[]> {
  const rows = await db
    .select({
      revision: budgetRevisions,
      requester: { id: users.id, name: users.name },
      decider: { id: decider.id, name: decider.name },
    })
    .from(budgetRevisions)
    .innerJoin(users, eq(users.id, budgetRevisions.requestedById))
    .leftJoin(decider, eq(decider.id, budgetRevisions.decidedById))
    .where("id" in where ? eq(budgetRevisions.id, where.id) : eq(budgetRevisions.projectId, where.projectId))
    .orderBy(desc(budgetRevisions.requestedAt), desc(budgetRevisions.id));
  return rows.map(({ revision, requester, decider: decidedBy }) => ({
    revision,
    requestedBy: requester,
    decidedBy: decidedBy?.id ? decidedBy : null,
  }));
}

/** The open revision of a project, if any. */
export async function openRevision(db: DbOrTx, projectId: string): Promise<RevisionRow | null> {
  const [row] = await db
    .select()
    .from(budgetRevisions)
    .where(and(eq(budgetRevisions.projectId, projectId), eq(budgetRevisions.status, "requested")));
  return row ?? null;
}

/** The project's current approved budget: total, shares and years as they stand now. */
export async function currentBudget(db: DbOrTx, current: ProjectRecord): Promise<BudgetSnapshot> {
  const { row } = current;
  const totalCents = row.approvedBudgetCents ?? 0;
  const planned = (await loadBudgetYears(db, [row.id])).get(row.id);
  const years = splitOrDefault(totalCents, row.plannedStart, row.plannedEnd, planned?.approved ?? null);
  const sorted = (list: { code: string; shareHundredths: number }[]) =>
    [...list].sort((a, b) => a.code.localeCompare(b.code));
  return {
    totalCents,
    areaShares: sorted(current.areaShares),
    activityShares: sorted(current.activityShares),
    years: years.map((y) => ({ start: y.start, end: y.end, cents: y.cents })),
  };
}

/**
 * The fund's rules on the revised total, as at approval; every failure at once (RulesBroken).
 * Reading the envelope locks its row, so two increases approved at once cannot both spend the
 * same available amount (as approval does).
 */
export async function checkRevisionRules(
  tx: DbOrTx,
  current: ProjectRecord,
  previousCents: number,
  newCents: number,
): Promise<void> {
  const { row } = current;
  const fundLine = row.fundLine ?? "";
  const failures = checkRevision(
    await loadProposalFacts(tx, current),
    await loadFundYearParameters(tx, row.fundingYear),
    fundLine,
    previousCents,
    newCents,
    await loadEnvelopeState(tx, row.fundingYear, fundLine),
  );
  if (failures.length > 0) throw new RulesBroken(failures);
}

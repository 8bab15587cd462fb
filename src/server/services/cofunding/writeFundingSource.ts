/**
 * Adding, changing and removing a project's other funding sources: one use case each, one
 * transaction with its audit entry. Who may: policies/cofunding.ts.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { formatAmount, parseAmount } from "../../../domain/currencies";
import { Conflict, NotFound } from "../../../domain/errors";
import type {
  FundingSourceInput,
  FundingSourceUpdate,
  FundingSourceView,
} from "../../../domain/fundingSources";
import type { Db, DbOrTx } from "../../db/client";
import { projectFundingSources } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentFundingSource } from "../../presenters/fundingSource";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import type { FundingSourceRow } from "./loadFundingSources";
import { loadRates } from "./loadRates";

const STALE_MESSAGE =
  "Someone else changed this funding source after you opened it. Nothing was saved; reload to see their change.";

/** What the audit trail keeps of a source: its own currency's amount as text. */
function audited(row: FundingSourceRow) {
  return {
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    organisationRef: row.organisationRef,
    amount: formatAmount(row.amountMinor, row.currency),
    currency: row.currency,
    status: row.status,
    date: row.sourceDate,
  };
}

function columns(input: FundingSourceInput) {
  return {
    organisationName: input.organisationName,
    organisationType: input.organisationType,
    organisationRef: input.organisationRef,
    // The schema checked the amount against its currency's decimals.
    amountMinor: parseAmount(input.amount, input.currency) as bigint,
    currency: input.currency,
    status: input.status,
    sourceDate: input.date,
  };
}

async function authorizedProject(tx: DbOrTx, actor: Actor, projectId: string) {
  const project = await loadProjectScope(tx, projectId);
  if (!project) throw new NotFound("This project");
  authorize(actor, "readProject", project);
  authorize(actor, "editFundingSources", project);
}

async function findSource(tx: DbOrTx, projectId: string, sourceId: string) {
  const [row] = await tx
    .select()
    .from(projectFundingSources)
    .where(and(eq(projectFundingSources.id, sourceId), eq(projectFundingSources.projectId, projectId)));
  return row ?? null;
}

async function stale(tx: DbOrTx, projectId: string, sourceId: string) {
  const latest = await findSource(tx, projectId, sourceId);
  return new Conflict(STALE_MESSAGE, {
    current: latest ? presentFundingSource(latest, await loadRates(tx)) : undefined,
  });
}

export async function createFundingSource(
  db: Db,
  actor: Actor,
  projectId: string,
  input: FundingSourceInput,
  now: Date,
): Promise<FundingSourceView> {
  return db.transaction(async (tx) => {
    await authorizedProject(tx, actor, projectId);
    const [row] = await tx
      .insert(projectFundingSources)
      .values({
        id: randomUUID(),
        projectId,
        ...columns(input),
        createdAt: now,
        updatedAt: now,
        updatedById: actor.id,
      })
      .returning();
    const created = row as FundingSourceRow;
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundingSource",
      entityId: created.id,
      action: "create",
      before: null,
      after: { projectId, ...audited(created) },
      at: now,
    });
    return presentFundingSource(created, await loadRates(tx, { currencies: [created.currency] }));
  });
}

export async function updateFundingSource(
  db: Db,
  actor: Actor,
  projectId: string,
  sourceId: string,
  input: FundingSourceUpdate,
  now: Date,
): Promise<FundingSourceView> {
  return db.transaction(async (tx) => {
    await authorizedProject(tx, actor, projectId);
    const before = await findSource(tx, projectId, sourceId);
    if (!before) throw new NotFound("This funding source");
    if (before.version !== input.version) throw await stale(tx, projectId, sourceId);
    const [row] = await tx
      .update(projectFundingSources)
      .set({
        ...columns(input),
        version: sql`${projectFundingSources.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(and(eq(projectFundingSources.id, sourceId), eq(projectFundingSources.version, input.version)))
      .returning();
    if (!row) throw await stale(tx, projectId, sourceId);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundingSource",
      entityId: sourceId,
      action: "update",
      before: { projectId, ...audited(before) },
      after: { projectId, ...audited(row) },
      at: now,
    });
    return presentFundingSource(row, await loadRates(tx, { currencies: [row.currency] }));
  });
}

export async function deleteFundingSource(
  db: Db,
  actor: Actor,
  projectId: string,
  sourceId: string,
  version: number,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await authorizedProject(tx, actor, projectId);
    const before = await findSource(tx, projectId, sourceId);
    if (!before) throw new NotFound("This funding source");
    const deleted = await tx
      .delete(projectFundingSources)
      .where(and(eq(projectFundingSources.id, sourceId), eq(projectFundingSources.version, version)))
      .returning({ id: projectFundingSources.id });
    if (deleted.length === 0) throw await stale(tx, projectId, sourceId);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundingSource",
      entityId: sourceId,
      action: "delete",
      before: { projectId, ...audited(before) },
      after: null,
      at: now,
    });
  });
}

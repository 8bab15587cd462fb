/**
 * Saves a project's whole results matrix at once (the editor sends every outcome, output and
 * indicator in order; what it leaves out is deleted), with its audit and domain events.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import { matrixCounts, type ResultsMatrixData } from "../../../domain/resultsMatrix";
import type { Db, DbOrTx } from "../../db/client";
import {
  indicators,
  reportIndicatorValues,
  reports,
  resultStatements,
  resultsMatrices,
} from "../../db/schema";
import { recordEvent } from "../../events/recordEvent";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import type { ResultsMatrixPolicies } from "../../policies/planPolicies";
import { presentResultsMatrix } from "../../presenters/resultsMatrix";
import { recordAudit } from "../audit/recordAudit";
import { loadProjectScope } from "../projects/loadProject";
import { loadResultsMatrix, type ResultsMatrixRecord, type ResultsMatrixView } from "./loadResultsMatrix";

/** Whoever was just allowed to save may edit what they saved. */
const EDITABLE: ResultsMatrixPolicies = { edit: true };

const STALE_MESSAGE =
  "Someone else changed this results matrix after you opened it. Nothing was saved; reload to see their changes.";

/** Where each saved item sits in the body, by id: to name the field of a refusal. */
interface Placement {
  statements: Map<string, string>;
  indicators: Set<string>;
}

function placementOf(input: ResultsMatrixData): Placement {
  const statements = new Map<string, string>();
  const kept = new Set<string>();
  for (const i of input.objectiveIndicators) if (i.id) kept.add(i.id);
  input.outcomes.forEach((outcome, o) => {
    if (outcome.id) statements.set(outcome.id, `outcomes.${o}`);
    for (const i of outcome.indicators) if (i.id) kept.add(i.id);
    outcome.outputs.forEach((output, p) => {
      if (output.id) statements.set(output.id, `outcomes.${o}.outputs.${p}`);
      for (const i of output.indicators) if (i.id) kept.add(i.id);
    });
  });
  return { statements, indicators: kept };
}

/** Ids the body names must be this project's, at the same level (an outcome cannot become an output). */
function unknownIds(
  input: ResultsMatrixData,
  levels: Map<string, "outcome" | "output">,
  indicatorIds: Set<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const check = (id: string | undefined, known: boolean, field: string) => {
    if (id && !known) {
      errors.push({
        field: `${field}.id`,
        code: "unknownId",
        message: "This item is not part of this matrix",
      });
    }
  };
  input.objectiveIndicators.forEach((i, n) => {
    check(i.id, indicatorIds.has(i.id ?? ""), `objectiveIndicators.${n}`);
  });
  input.outcomes.forEach((outcome, o) => {
    check(outcome.id, levels.get(outcome.id ?? "") === "outcome", `outcomes.${o}`);
    outcome.indicators.forEach((i, n) => {
      check(i.id, indicatorIds.has(i.id ?? ""), `outcomes.${o}.indicators.${n}`);
    });
    outcome.outputs.forEach((output, p) => {
      check(output.id, levels.get(output.id ?? "") === "output", `outcomes.${o}.outputs.${p}`);
      output.indicators.forEach((i, n) => {
        check(i.id, indicatorIds.has(i.id ?? ""), `outcomes.${o}.outputs.${p}.indicators.${n}`);
      });
    });
  });
  return errors;
}

/**
 * Saves the whole matrix. Items without an id are new; existing items left out are deleted,
 * except an indicator with values in a report already submitted (or decided on): those values
 * are the fund's record, so such an indicator, and any result holding one, stays. Indicators may
 * move between results: their reported values keep following them.
 */
export async function saveResultsMatrix(
  db: Db,
  actor: Actor,
  projectId: string,
  input: ResultsMatrixData,
  now: Date,
): Promise<ResultsMatrixView> {
  return db.transaction(async (tx) => {
    const project = await loadProjectScope(tx, projectId);
    if (!project) throw new NotFound("This project");
    authorize(actor, "editResultsMatrix", project);
    // The first save creates the row; the lock makes concurrent saves take turns.
    await tx.insert(resultsMatrices).values({ projectId }).onConflictDoNothing();
    const [locked] = await tx
      .select({ version: resultsMatrices.version })
      .from(resultsMatrices)
      .where(eq(resultsMatrices.projectId, projectId))
      .for("update");
    if (!locked || locked.version !== input.version) {
      throw new Conflict(STALE_MESSAGE, {
        current: presentResultsMatrix(await loadResultsMatrix(tx, projectId), EDITABLE),
      });
    }

    const before = await loadResultsMatrix(tx, projectId);
    const levels = new Map<string, "outcome" | "output">();
    const parentOf = new Map<string, string | null>();
    for (const outcome of before.outcomes) {
      levels.set(outcome.id, "outcome");
      for (const output of outcome.outputs) {
        levels.set(output.id, "output");
        parentOf.set(output.id, outcome.id);
      }
    }
    const existing = indicatorsWithResult(before);
    const errors = unknownIds(input, levels, new Set(existing.keys()));
    if (errors.length > 0) throw new Invalid(errors);

    const placement = placementOf(input);
    const removed = [...existing.keys()].filter((id) => !placement.indicators.has(id));
    const reported = await reportedIndicators(tx, projectId, removed);
    if (reported.length > 0) {
      throw new Invalid(
        reported.map((id) => {
          const { name, resultId } = existing.get(id) as { name: string; resultId: string | null };
          return {
            field: listHolding(resultId, placement, parentOf),
            code: "indicatorReported",
            message: `The indicator "${name}" has values in a submitted report and cannot be deleted`,
            params: { indicator: name },
          };
        }),
      );
    }

    await writeMatrix(tx, projectId, input);
    const [saved] = await tx
      .update(resultsMatrices)
      .set({
        objectiveAssumptions: input.objectiveAssumptions,
        version: sql`${resultsMatrices.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(eq(resultsMatrices.projectId, projectId))
      .returning({ version: resultsMatrices.version });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: projectId,
      action: "resultsMatrix",
      before: { version: before.version, ...matrixCounts(before) },
      after: { version: saved?.version, ...matrixCounts(input) },
      at: now,
    });
    await recordEvent(
      tx,
      { projectId, actorId: actor.id, at: now },
      { kind: "resultsMatrixSaved", payload: { version: saved?.version, ...matrixCounts(input) } },
    );
    return { matrix: await loadResultsMatrix(tx, projectId), can: EDITABLE };
  });
}

function indicatorsWithResult(matrix: ResultsMatrixRecord) {
  const map = new Map<string, { name: string; resultId: string | null }>();
  for (const i of matrix.objectiveIndicators) map.set(i.id, { name: i.name, resultId: null });
  for (const outcome of matrix.outcomes) {
    for (const i of outcome.indicators) map.set(i.id, { name: i.name, resultId: outcome.id });
    for (const output of outcome.outputs) {
      for (const i of output.indicators) map.set(i.id, { name: i.name, resultId: output.id });
    }
  }
  return map;
}

/** Of these indicators, those with a value in a report past the draft stage. */
async function reportedIndicators(tx: DbOrTx, projectId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  // Lock the project's reports: one submitted while this save runs must count as submitted,
  // or deleting its indicators would take the submitted values with them.
  await tx.select({ id: reports.id }).from(reports).where(eq(reports.projectId, projectId)).for("update");
  const rows = await tx
    .selectDistinct({ id: reportIndicatorValues.indicatorId })
    .from(reportIndicatorValues)
    .innerJoin(reports, eq(reports.id, reportIndicatorValues.reportId))
    .where(and(inArray(reportIndicatorValues.indicatorId, ids), ne(reports.status, "pending")));
  const reportedIds = new Set(rows.map((r) => r.id));
  return ids.filter((id) => reportedIds.has(id));
}

/**
 * The list in the body from which a removed indicator went missing: its result's indicators
 * if the result is still there, else the list the result itself went missing from.
 */
function listHolding(
  resultId: string | null,
  placement: Placement,
  parentOf: Map<string, string | null>,
): string {
  if (resultId === null) return "objectiveIndicators";
  const path = placement.statements.get(resultId);
  if (path) return `${path}.indicators`;
  const parent = parentOf.get(resultId);
  if (!parent) return "outcomes";
  const parentPath = placement.statements.get(parent);
  return parentPath ? `${parentPath}.outputs` : "outcomes";
}

/**
 * Upserts every result and indicator (new ones get their id here so that children can point to
 * them), then deletes what the body left out. Indicators and outputs move before their old
 * parents are deleted, so that the cascade only takes what was meant to go.
 */
async function writeMatrix(tx: DbOrTx, projectId: string, input: ResultsMatrixData) {
  const outcomeRows: (typeof resultStatements.$inferInsert)[] = [];
  const outputRows: (typeof resultStatements.$inferInsert)[] = [];
  const indicatorRows: (typeof indicators.$inferInsert)[] = [];
  const addIndicators = (list: ResultsMatrixData["objectiveIndicators"], resultId: string | null) => {
    list.forEach((i, sort) => {
      indicatorRows.push({
        id: i.id ?? randomUUID(),
        projectId,
        resultId,
        name: i.name,
        unit: i.unit,
        baseline: i.baseline,
        target: i.target,
        meansOfVerification: i.meansOfVerification,
        sort,
      });
    });
  };
  addIndicators(input.objectiveIndicators, null);
  input.outcomes.forEach((outcome, sort) => {
    const outcomeId = outcome.id ?? randomUUID();
    outcomeRows.push({
      id: outcomeId,
      projectId,
      level: "outcome",
      parentId: null,
      statement: outcome.statement,
      assumptions: outcome.assumptions,
      sort,
    });
    addIndicators(outcome.indicators, outcomeId);
    outcome.outputs.forEach((output, outputSort) => {
      const outputId = output.id ?? randomUUID();
      outputRows.push({
        id: outputId,
        projectId,
        level: "output",
        parentId: outcomeId,
        statement: output.statement,
        assumptions: output.assumptions,
        sort: outputSort,
      });
      addIndicators(output.indicators, outputId);
    });
  });

  const statementUpdate = {
    parentId: sql`excluded.parent_id`,
    statement: sql`excluded.statement`,
    assumptions: sql`excluded.assumptions`,
    sort: sql`excluded.sort`,
  };
  for (const rows of [outcomeRows, outputRows]) {
    if (rows.length > 0) {
      await tx.insert(resultStatements).values(rows).onConflictDoUpdate({
        target: resultStatements.id,
        set: statementUpdate,
      });
    }
  }
  if (indicatorRows.length > 0) {
    await tx
      .insert(indicators)
      .values(indicatorRows)
      .onConflictDoUpdate({
        target: indicators.id,
        set: {
          resultId: sql`excluded.result_id`,
          name: sql`excluded.name`,
          unit: sql`excluded.unit`,
          baseline: sql`excluded.baseline`,
          target: sql`excluded.target`,
          meansOfVerification: sql`excluded.means_of_verification`,
          sort: sql`excluded.sort`,
        },
      });
  }
  const keptIndicators = indicatorRows.map((r) => r.id as string);
  const keptStatements = [...outcomeRows, ...outputRows].map((r) => r.id as string);
  await tx
    .delete(indicators)
    .where(
      and(
        eq(indicators.projectId, projectId),
        keptIndicators.length > 0 ? notInArray(indicators.id, keptIndicators) : undefined,
      ),
    );
  await tx
    .delete(resultStatements)
    .where(
      and(
        eq(resultStatements.projectId, projectId),
        keptStatements.length > 0 ? notInArray(resultStatements.id, keptStatements) : undefined,
      ),
    );
}

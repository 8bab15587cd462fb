/**
 * Moves a project one step through its life cycle (domain/lifecycle.ts): checks who may, what
 * the step needs and the fund's rules (every failure at once), then records the step, its
 * comment and decision, notifies the people concerned and queues their e-mail, in one
 * transaction. A decision taken on a stale page is refused with 409, like an edit.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { FieldError } from "../../domain/errors";
import { checkApproval, checkSubmission } from "../../domain/fundRules";
import { findTransition } from "../../domain/lifecycle";
import { formatMoney, parseMoney } from "../../domain/money";
import type { TransitionInput } from "../../domain/workflow";
import type { Db, DbOrTx } from "../db/client";
import { fundLines, projects, projectTransitions, reports, users } from "../db/schema";
import { conflict, notFound, RulesFailed, ValidationFailed } from "../http/errors";
import type { Actor } from "../policies/actor";
import { authorize } from "../policies/authorize";
import { fireRefusal } from "../policies/workflow";
import { presentProject } from "../presenters/project";
import { recordAudit } from "./audit";
import { loadFundYearParameters, loadProposalFacts } from "./fundParameters";
import { loadProject, type ProjectRecord } from "./loadProject";
import { type MailSettings, notifyTransition } from "./notifyTransition";
import { projectSnapshot } from "./projectSnapshot";
import { syncReportSchedule } from "./syncReportSchedule";

const STALE_MESSAGE =
  "This project changed after you opened it (someone else acted on it or edited it). Nothing was done; reload to see where it stands.";

function requiredFields(input: TransitionInput, needs: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (needs.includes("comment") && input.comment === "") {
    errors.push({
      field: "comment",
      code: "commentRequired",
      message: "Explain your decision: the project manager will read this comment",
    });
  }
  if (needs.includes("approval")) {
    if (input.approvedBudget === undefined) {
      errors.push({ field: "approvedBudget", code: "required", message: "Enter the approved amount" });
    }
    if (input.fundLine === undefined) {
      errors.push({ field: "fundLine", code: "required", message: "Choose the fund line" });
    }
  }
  return errors;
}

/**
 * A project closes once every report it owed is accepted: the final ones and any interim one
 * still open (otherwise it would stay overdue on a closed project nobody can report on any
 * more). One with no reports at all (funded before PRIMA kept schedules) can still close.
 */
async function reportsNotAccepted(tx: DbOrTx, projectId: string): Promise<FieldError[]> {
  const open = await tx
    .select({ kind: reports.kind, stage: reports.stage, sequence: reports.sequence })
    .from(reports)
    .where(and(eq(reports.projectId, projectId), ne(reports.status, "accepted")))
    .orderBy(asc(reports.dueDate), asc(reports.kind));
  if (open.length === 0) return [];
  const names = open.map((r) =>
    r.stage === "final" ? `the final ${r.kind} report` : `interim ${r.kind} report ${r.sequence}`,
  );
  return [
    {
      field: "",
      code: "reportsNotAccepted",
      message: `The project can be closed once all its reports are accepted; not accepted yet: ${names.join(", ")}`,
      params: { count: open.length },
    },
  ];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function fireTransition(
  db: Db,
  actor: Actor,
  id: string,
  input: TransitionInput,
  now: Date,
  mail: MailSettings,
): Promise<ProjectRecord> {
  return db.transaction(async (tx) => {
    const current = await loadProject(tx, id);
    if (!current) throw notFound("This project");
    authorize(actor, "readProject", current.row);
    const { row } = current;
    const transition = findTransition(input.transition, row.status);
    // Someone who may never take this step learns that first, whatever their page shows.
    if (transition) authorize(actor, "fireTransition", { project: row, transition });
    if (row.version !== input.version) {
      throw conflict(STALE_MESSAGE, { current: presentProject(actor, current) });
    }
    if (!transition) {
      throw conflict(fireRefusal(input.transition, row), { current: presentProject(actor, current) });
    }
    const missing = requiredFields(input, transition.needs);
    if (missing.length > 0) throw new ValidationFailed(missing);
    if (input.transition === "close") {
      const failures = await reportsNotAccepted(tx, id);
      if (failures.length > 0) throw new RulesFailed(failures);
    }

    const set: Partial<typeof projects.$inferInsert> = { status: transition.to };
    let details: Record<string, unknown> | null = null;
    if (transition.checks === "submission") {
      const failures = checkSubmission(
        await loadProposalFacts(tx, current),
        await loadFundYearParameters(tx, row.fundingYear),
      );
      if (failures.length > 0) throw new RulesFailed(failures);
    }
    if (transition.checks === "approval") {
      const fundLine = input.fundLine as string;
      const approvedBudgetCents = parseMoney(input.approvedBudget as string | number) as number;
      const [line] = await tx.select().from(fundLines).where(eq(fundLines.code, fundLine));
      if (!line) {
        throw new ValidationFailed([
          { field: "fundLine", code: "unknownCode", message: "Unknown fund line" },
        ]);
      }
      const failures = checkApproval(
        await loadProposalFacts(tx, current),
        await loadFundYearParameters(tx, row.fundingYear),
        { fundLine, approvedBudgetCents },
      );
      if (failures.length > 0) throw new RulesFailed(failures);
      set.fundLine = fundLine;
      set.approvedBudgetCents = approvedBudgetCents;
      details = {
        approvedBudget: formatMoney(approvedBudgetCents),
        fundLine,
        previousFundLine: row.fundLine,
      };
    }
    if (input.transition === "start") set.actualStart = isoDay(now);
    if (input.transition === "close") set.actualEnd = row.actualEnd ?? isoDay(now);

    const updated = await tx
      .update(projects)
      .set({ ...set, updatedAt: now, version: sql`${projects.version} + 1` })
      .where(and(eq(projects.id, id), eq(projects.version, input.version)))
      .returning({ id: projects.id });
    // A concurrent transaction may have acted between our read and our write.
    if (updated.length === 0) {
      const latest = (await loadProject(tx, id)) as ProjectRecord;
      throw conflict(STALE_MESSAGE, { current: presentProject(actor, latest) });
    }
    // Funding sets the reporting schedule; the actual start date may shift its periods.
    if (input.transition === "approve" || input.transition === "start") await syncReportSchedule(tx, id, now);
    const [recorded] = await tx
      .insert(projectTransitions)
      .values({
        projectId: id,
        transition: input.transition,
        fromStatus: row.status,
        toStatus: transition.to,
        actorId: actor.id,
        at: now,
        comment: input.comment,
        details,
        // What the reviewer reviews: compared with the next submission to show what changed.
        snapshot: input.transition === "submit" ? projectSnapshot(current) : null,
      })
      .returning({ id: projectTransitions.id });
    const after = (await loadProject(tx, id)) as ProjectRecord;
    const [person] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
    await notifyTransition(
      tx,
      {
        transitionId: recorded?.id ?? 0,
        transition: input.transition,
        from: row.status,
        to: transition.to,
        project: after.row,
        actor: { id: actor.id, name: person?.name ?? "" },
        comment: input.comment,
        at: now,
      },
      mail,
    );
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "project",
      entityId: id,
      action: "transition",
      before: { status: row.status },
      after: { status: transition.to, transition: input.transition, ...(details ?? {}) },
      at: now,
    });
    return after;
  });
}

/**
 * The fund manager changes a fund line's reporting rules; every change is audited. New rules
 * apply when a project's schedule is next computed (approval, start, extension): schedules
 * already set are the commitments projects were funded under.
 */
import { and, eq, sql } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { ReportingRulesInput } from "../../../domain/reports";
import type { Db } from "../../db/client";
import { reportingRules } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentReportingRules } from "../../presenters/reportingRules";
import { recordAudit } from "../audit/recordAudit";
import { loadReportingRules, type ReportingRulesRecord } from "./loadReportingRules";

const STALE_MESSAGE =
  "Someone else changed these reporting rules after you opened them. Nothing was saved; reload to see their changes.";

/** What the audit trail records of a change: the rules themselves, not their bookkeeping. */
function rulesOnly({ rules }: ReportingRulesRecord) {
  return {
    interimPeriodMonths: rules.interimPeriodMonths,
    interimDueDays: rules.interimDueDays,
    finalDueDays: rules.finalDueDays,
    reminderLeadDays: rules.reminderLeadDays,
    overdueRepeatDays: rules.overdueRepeatDays,
  };
}

export async function updateReportingRules(
  db: Db,
  actor: Actor,
  fundLine: string,
  input: ReportingRulesInput,
  now: Date,
): Promise<ReportingRulesRecord> {
  authorize(actor, "editReportingRules");
  return db.transaction(async (tx) => {
    const [before] = await loadReportingRules(tx, fundLine);
    if (!before) throw new NotFound("This fund line");
    if (before.rules.version !== input.version) {
      throw new Conflict(STALE_MESSAGE, { current: presentReportingRules(before) });
    }
    const updated = await tx
      .update(reportingRules)
      .set({
        interimPeriodMonths: input.interimPeriodMonths,
        interimDueDays: input.interimDueDays,
        finalDueDays: input.finalDueDays,
        // Kept longest lead first, the order reminders go out in.
        reminderLeadDays: [...input.reminderLeadDays].sort((a, b) => b - a),
        overdueRepeatDays: input.overdueRepeatDays,
        version: sql`${reportingRules.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(and(eq(reportingRules.fundLine, fundLine), eq(reportingRules.version, input.version)))
      .returning({ fundLine: reportingRules.fundLine });
    if (updated.length === 0) {
      const [latest] = await loadReportingRules(tx, fundLine);
      throw new Conflict(STALE_MESSAGE, { current: latest && presentReportingRules(latest) });
    }
    const [after] = (await loadReportingRules(tx, fundLine)) as [ReportingRulesRecord];
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "reportingRules",
      entityId: fundLine,
      action: "update",
      before: rulesOnly(before),
      after: rulesOnly(after),
      at: now,
    });
    return after;
  });
}

/**
 * The fund's reporting rules, one set per fund line, kept by the fund manager; every change is
 * audited. New rules apply when a project's schedule is next computed (approval, start,
 * extension): schedules already set are the commitments projects were funded under.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { Conflict, NotFound } from "../../../domain/errors";
import type { ReportingRulesInput, ReportingRulesItem } from "../../../domain/reports";
import type { Db, DbOrTx } from "../../db/client";
import { fundLines, reportingRules, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize, can } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

const STALE_MESSAGE =
  "Someone else changed these reporting rules after you opened them. Nothing was saved; reload to see their changes.";

/** Every fund line's rules, and whether this user may change them. */
export async function readReportingRules(db: DbOrTx, actor: Actor) {
  return { items: await listReportingRules(db), can: { edit: can(actor, "editReportingRules") } };
}

export async function listReportingRules(db: DbOrTx, fundLine?: string): Promise<ReportingRulesItem[]> {
  const rows = await db
    .select({ rules: reportingRules, updatedByName: users.name })
    .from(reportingRules)
    .innerJoin(fundLines, eq(fundLines.code, reportingRules.fundLine))
    .leftJoin(users, eq(users.id, reportingRules.updatedById))
    .where(fundLine === undefined ? undefined : eq(reportingRules.fundLine, fundLine))
    .orderBy(asc(fundLines.sort), asc(fundLines.code));
  return rows.map(({ rules, updatedByName }) => ({
    fundLine: rules.fundLine,
    interimPeriodMonths: rules.interimPeriodMonths,
    interimDueDays: rules.interimDueDays,
    finalDueDays: rules.finalDueDays,
    reminderLeadDays: rules.reminderLeadDays,
    overdueRepeatDays: rules.overdueRepeatDays,
    version: rules.version,
    updatedAt: rules.updatedAt?.toISOString() ?? null,
    updatedBy: rules.updatedById ? { id: rules.updatedById, name: updatedByName ?? "" } : null,
  }));
}

function rulesOnly(item: ReportingRulesItem) {
  const { fundLine: _f, version: _v, updatedAt: _a, updatedBy: _b, ...rules } = item;
  return rules;
}

export async function updateReportingRules(
  db: Db,
  actor: Actor,
  fundLine: string,
  input: ReportingRulesInput,
  now: Date,
): Promise<ReportingRulesItem> {
  authorize(actor, "editReportingRules");
  return db.transaction(async (tx) => {
    const [before] = await listReportingRules(tx, fundLine);
    if (!before) throw new NotFound("This fund line");
    if (before.version !== input.version) throw new Conflict(STALE_MESSAGE, { current: before });
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
      const [latest] = await listReportingRules(tx, fundLine);
      throw new Conflict(STALE_MESSAGE, { current: latest });
    }
    const [after] = (await listReportingRules(tx, fundLine)) as [ReportingRulesItem];
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

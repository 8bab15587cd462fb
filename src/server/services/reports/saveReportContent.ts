/**
 * A manager saves a report's content (a draft until it is submitted): the fields given replace
 * what was saved, in one transaction, against the version the form was loaded at.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { dayOf } from "../../../domain/calendar";
import type { FieldError } from "../../../domain/errors";
import { Conflict, Invalid } from "../../../domain/errors";
import { formatMoney, parseMoney } from "../../../domain/money";
import { isEditable } from "../../../domain/reportSchedule";
import { REPORT_FIELDS_BY_KIND, type ReportContent } from "../../../domain/reports";
import type { Db, DbOrTx } from "../../db/client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  indicators,
  reportActivityExpenditures,
  reportAreaExpenditures,
  reportBeneficiaries,
  reportIndicatorValues,
  reports,
} from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { reportPolicies } from "../../policies/reportPolicies";
import { presentReportDetail } from "../../presenters/report";
import { changedFields, recordAudit } from "../audit/recordAudit";
import {
  loadReportContent,
  loadReportRecord,
  type ReportContentRows,
  type ReportRecord,
  type ReportWithProject,
  readableReport,
} from "./loadReport";

export const REPORT_STALE_MESSAGE =
  "This report changed after you opened it (someone else saved, submitted or decided on it). Nothing was saved; reload to see where it stands.";

/** The 409 answer: the report as it now stands, so the page can show it. */
export async function staleReport(tx: DbOrTx, actor: Actor, found: ReportWithProject, now: Date) {
  const today = dayOf(now);
  const can = reportPolicies(actor, found.project, found.report, today);
  const current = presentReportDetail(await loadReportRecord(tx, found), today, can);
  return new Conflict(REPORT_STALE_MESSAGE, { current });
}

type CodeTable = typeof areasOfWork | typeof activityTypes | typeof beneficiaryTypes;

async function knownCodes(db: DbOrTx, table: CodeTable, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: table.code }).from(table).where(inArray(table.code, codes));
  return new Set(rows.map((r) => r.code));
}

/** Fields the other kind of report holds, and references that do not exist, all at once. */
async function contentErrors(
  db: DbOrTx,
  found: ReportWithProject,
  input: ReportContent,
): Promise<FieldError[]> {
  const { report, project } = found;
  const errors: FieldError[] = [];
  const allowed = REPORT_FIELDS_BY_KIND[report.kind];
  for (const field of Object.keys(input) as (keyof ReportContent)[]) {
    if (field !== "version" && input[field] !== undefined && !allowed.includes(field)) {
      errors.push({
        field,
        code: "notForThisKind",
        message: `A ${report.kind} report does not hold ${field}`,
        params: { kind: report.kind },
      });
    }
  }
  if (input.indicatorValues?.length) {
    const ids = input.indicatorValues.map((v) => v.indicatorId);
    const own = await db
      .select({ id: indicators.id })
      .from(indicators)
      .where(and(eq(indicators.projectId, project.id), inArray(indicators.id, ids)));
    const ownIds = new Set(own.map((i) => i.id));
    input.indicatorValues.forEach((v, index) => {
      if (!ownIds.has(v.indicatorId)) {
        errors.push({
          field: `indicatorValues.${index}.indicatorId`,
          code: "unknownIndicator",
          message: "This indicator is not in the project's results matrix",
        });
      }
    });
  }
  const checks = [
    [beneficiaryTypes, "beneficiaries", "type", input.beneficiaries?.map((b) => b.type), "beneficiary type"],
    [areasOfWork, "areaExpenditures", "area", input.areaExpenditures?.map((e) => e.area), "area of work"],
    [
      activityTypes,
      "activityExpenditures",
      "activity",
      input.activityExpenditures?.map((e) => e.activity),
      "activity type",
    ],
  ] as const;
  for (const [table, field, key, codes, what] of checks) {
    if (!codes?.length) continue;
    const known = await knownCodes(db, table, [...new Set(codes)]);
    codes.forEach((code, index) => {
      if (!known.has(code)) {
        errors.push({
          field: `${field}.${index}.${key}`,
          code: "unknownCode",
          message: `Unknown ${what}: ${code}`,
          params: { value: code },
        });
      }
    });
  }
  return errors;
}

async function replaceRows(tx: DbOrTx, reportId: string, input: ReportContent) {
  if (input.indicatorValues) {
    await tx.delete(reportIndicatorValues).where(eq(reportIndicatorValues.reportId, reportId));
    if (input.indicatorValues.length > 0) {
      await tx.insert(reportIndicatorValues).values(input.indicatorValues.map((v) => ({ reportId, ...v })));
    }
  }
  if (input.beneficiaries) {
    await tx.delete(reportBeneficiaries).where(eq(reportBeneficiaries.reportId, reportId));
    if (input.beneficiaries.length > 0) {
      await tx.insert(reportBeneficiaries).values(
        input.beneficiaries.map((b) => ({
          reportId,
          typeCode: b.type,
          sex: b.sex,
          ageGroup: b.ageGroup,
          number: b.number,
        })),
      );
    }
  }
  if (input.areaExpenditures) {
    await tx.delete(reportAreaExpenditures).where(eq(reportAreaExpenditures.reportId, reportId));
    if (input.areaExpenditures.length > 0) {
      await tx.insert(reportAreaExpenditures).values(
        input.areaExpenditures.map((e) => ({
          reportId,
          areaCode: e.area,
          amountCents: parseMoney(e.amount) as number,
        })),
      );
    }
  }
  if (input.activityExpenditures) {
    await tx.delete(reportActivityExpenditures).where(eq(reportActivityExpenditures.reportId, reportId));
    if (input.activityExpenditures.length > 0) {
      await tx.insert(reportActivityExpenditures).values(
        input.activityExpenditures.map((e) => ({
          reportId,
          activityCode: e.activity,
          amountCents: parseMoney(e.amount) as number,
        })),
      );
    }
  }
}

/** The content as the audit trail keeps it: money as decimal strings, like the API. */
function auditShape(content: ReportContentRows): Record<string, unknown> {
  return {
    ...content,
    areaExpenditures: content.areaExpenditures.map((e) => ({
      area: e.area,
      amount: formatMoney(e.amountCents),
    })),
    activityExpenditures: content.activityExpenditures.map((e) => ({
      activity: e.activity,
      amount: formatMoney(e.amountCents),
    })),
  };
}

export async function saveReportContent(
  db: Db,
  actor: Actor,
  reportId: string,
  input: ReportContent,
  now: Date,
): Promise<ReportRecord> {
  return db.transaction(async (tx) => {
    const found = await readableReport(tx, actor, reportId, { forUpdate: true });
    const { report, project } = found;
    authorize(actor, "writeReport", project);
    if (report.version !== input.version) throw await staleReport(tx, actor, found, now);
    if (!isEditable(report)) {
      throw new Invalid([
        {
          field: "",
          code: "notEditable",
          message: `This report is ${report.status}; it can no longer be changed`,
          params: { status: report.status },
        },
      ]);
    }
    const errors = await contentErrors(tx, found, input);
    if (errors.length > 0) throw new Invalid(errors);

    const before = await loadReportContent(tx, report);
    await replaceRows(tx, report.id, input);
    const [updated] = await tx
      .update(reports)
      .set({
        challenges: input.challenges ?? report.challenges,
        lessonsLearned: input.lessonsLearned ?? report.lessonsLearned,
        goodPractices: input.goodPractices ?? report.goodPractices,
        version: sql`${reports.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(reports.id, report.id), eq(reports.version, input.version)))
      .returning();
    if (!updated) throw await staleReport(tx, actor, found, now);
    const after = await loadReportContent(tx, updated);
    const changes = changedFields(auditShape(before), auditShape(after));
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "report",
      entityId: report.id,
      action: "update",
      before: Object.fromEntries(Object.entries(changes).map(([k, [b]]) => [k, b])),
      after: {
        projectId: project.id,
        version: updated.version,
        ...Object.fromEntries(Object.entries(changes).map(([k, [, a]]) => [k, a])),
      },
      at: now,
    });
    return loadReportRecord(tx, { report: updated, project });
  });
}

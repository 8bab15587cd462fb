/** The only place where the reporting rules' JSON for clients is shaped. */
import type { ReportingRulesItem } from "../../domain/reports";
import type { ReportingRulesRecord } from "../services/reports/loadReportingRules";

export function presentReportingRules({ rules, updatedByName }: ReportingRulesRecord): ReportingRulesItem {
  return {
    fundLine: rules.fundLine,
    interimPeriodMonths: rules.interimPeriodMonths,
    interimDueDays: rules.interimDueDays,
    finalDueDays: rules.finalDueDays,
    reminderLeadDays: rules.reminderLeadDays,
    overdueRepeatDays: rules.overdueRepeatDays,
    version: rules.version,
    updatedAt: rules.updatedAt?.toISOString() ?? null,
    updatedBy: rules.updatedById ? { id: rules.updatedById, name: updatedByName ?? "" } : null,
  };
}

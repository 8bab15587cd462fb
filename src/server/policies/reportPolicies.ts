/**
 * What a user may do with a report, and with a project's reports as a whole, as the API returns
 * it (`can`): the monitoring rules of (user, project) narrowed by the report's own state.
 */
import type { IsoDate } from "../../domain/calendar";
import { canBeSubmitted, isEditable } from "../../domain/reportSchedule";
import type { ReportPolicies } from "../../domain/reports";
import type { ReportRow } from "../services/reports/loadReport";
import type { Actor } from "./actor";
import { can } from "./authorize";
import type { ProjectScopeFacts } from "./project";

export function reportPolicies(
  user: Actor | null,
  project: ProjectScopeFacts,
  report: ReportRow,
  today: IsoDate,
): ReportPolicies {
  const writer = can(user, "writeReport", project);
  const decider = can(user, "decideReport", project) && report.status === "submitted";
  return {
    edit: writer && isEditable(report),
    submit: writer && canBeSubmitted(report, today),
    accept: decider,
    return: decider,
  };
}

export interface ProjectReportsPolicies {
  write: boolean;
  decide: boolean;
}

export function projectReportsPolicies(
  user: Actor | null,
  project: ProjectScopeFacts,
): ProjectReportsPolicies {
  return { write: can(user, "writeReport", project), decide: can(user, "decideReport", project) };
}

/** The fund's reporting rules are changed by whoever the monitoring rules allow. */
export function reportingRulesPolicies(user: Actor | null): { edit: boolean } {
  return { edit: can(user, "editReportingRules") };
}

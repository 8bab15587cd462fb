/** The columns of each figure table, whether read from the base tables or from the rollups. */
import type { FigureColumn } from "../../../../domain/figures";

export const integer = (key: string): FigureColumn => ({ key, type: "integer" });
export const money = (key: string): FigureColumn => ({ key, type: "money" });
export const text = (key: string): FigureColumn => ({ key, type: "text" });
export const days = (key: string): FigureColumn => ({ key, type: "days" });
export const decimal = (key: string): FigureColumn => ({ key, type: "decimal" });
export const percent = (key: string): FigureColumn => ({ key, type: "percent" });

const budget = [integer("projects"), money("approvedBudget"), money("requestedBudget")];

export const TABLE_COLUMNS = {
  portfolio: [text("region"), integer("fundingYear"), ...budget],
  areas: [text("area"), ...budget],
  activities: [text("activity"), ...budget],
  beneficiaries: [text("beneficiaryType"), integer("targeted"), integer("reached")],
  pipeline: [text("status"), integer("projects"), money("requestedBudget")],
  turnaround: [text("stage"), integer("decisions"), decimal("medianDays"), decimal("p90Days")],
  overdue: [
    text("region"),
    integer("fundingYear"),
    integer("overdueReports"),
    days("medianDaysOverdue"),
    days("maxDaysOverdue"),
  ],
  projectsByYear: [integer("fundingYear"), ...budget],
  projectsByYearActivity: [integer("fundingYear"), text("activity"), ...budget],
  extensions: [
    text("region"),
    integer("fundingYear"),
    integer("extensionsRequested"),
    integer("extensionsApproved"),
    integer("extensionsRefused"),
    integer("extensionsPending"),
    decimal("monthsAdded"),
  ],
  reportingCompliance: [
    text("region"),
    integer("fundingYear"),
    integer("onTime"),
    integer("late"),
    integer("overdue"),
    percent("onTimePercent"),
  ],
  budgetRevisions: [
    text("region"),
    integer("fundingYear"),
    integer("revisionsRequested"),
    integer("revisionsApproved"),
    integer("revisionsRefused"),
    integer("revisionsPending"),
    money("netChange"),
  ],
} satisfies Record<string, FigureColumn[]>;

export type FigureTableId = keyof typeof TABLE_COLUMNS;

/** What the demo knows of a project that reports, and the rows its reports become. */
import type { IsoDate } from "../../../../domain/calendar";
import type {
  reportActivityExpenditures,
  reportAreaExpenditures,
  reportBeneficiaries,
  reportEvents,
  reportIndicatorValues,
  reports,
} from "../../schema";
import type { AreaOfWorkCode } from "../reference/areasOfWork";
import type { Share, TargetGroup } from "./content";

export interface ReportRows {
  reports: (typeof reports.$inferInsert)[];
  indicatorValues: (typeof reportIndicatorValues.$inferInsert)[];
  beneficiaries: (typeof reportBeneficiaries.$inferInsert)[];
  areaExpenditures: (typeof reportAreaExpenditures.$inferInsert)[];
  activityExpenditures: (typeof reportActivityExpenditures.$inferInsert)[];
  events: (typeof reportEvents.$inferInsert)[];
}

export interface PlannedIndicator {
  id: string;
  baseline: number;
  target: number;
  unit: string;
}

export interface ReportingProject {
  id: string;
  status: "approved" | "active" | "closed";
  start: IsoDate;
  end: IsoDate;
  place: string;
  area: AreaOfWorkCode;
  approvedBudgetCents: number;
  areaShares: readonly Share<string>[];
  activityShares: readonly Share<string>[];
  beneficiaries: readonly TargetGroup[];
  indicators: readonly PlannedIndicator[];
  pmId: string;
  fundManagerId: string;
  /** When the schedule was first computed: the approval. */
  scheduledAt: Date;
  /** Closed projects: the closure, before which every report was accepted. */
  closedAt: Date | null;
  /** A project whose PM tends to report late: its recent reports are often overdue. */
  late: boolean;
  /** The end-to-end tests' project: its reports not yet overdue stay unsubmitted. */
  keepDuePending: boolean;
}

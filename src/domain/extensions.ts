/**
 * Extensions: a project's managers ask for a later end date with a justification; the fund
 * manager approves (the end date moves and the reporting schedule follows) or refuses. The
 * API's shapes and the rules a request must meet, pure so the form can check them too.
 */
import { z } from "zod";
import {
  addDays,
  addMonths,
  dateInput,
  daysBetween,
  type IsoDate,
  monthsBetween as wholeMonthsBetween,
} from "./calendar";
import type { FieldError } from "./errors";
import { MAX_DURATION_MONTHS, monthsBetween } from "./project";
import { COMMENT_MAX } from "./workflow";

export const EXTENSION_STATUSES = ["requested", "approved", "refused"] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];
export const EXTENSION_DECISIONS = ["approve", "refuse"] as const;
export type ExtensionDecision = (typeof EXTENSION_DECISIONS)[number];

export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 5000;

export const extensionRequestInput = z.object({
  requestedEnd: dateInput.describe("The new planned end date, later than the current one"),
  justification: z.string().trim().min(JUSTIFICATION_MIN).max(JUSTIFICATION_MAX),
});
export type ExtensionRequestInput = z.infer<typeof extensionRequestInput>;

/**
 * The fund manager's decision. `version` is the request's version the decision was taken on:
 * a decision on a stale page is refused with 409. A refusal needs a comment (checked by the
 * server, like a transition's comment).
 */
export const extensionDecisionInput = z.object({
  decision: z.enum(EXTENSION_DECISIONS),
  version: z.number().int().min(1),
  comment: z.string().trim().max(COMMENT_MAX).default(""),
});
export type ExtensionDecisionInput = z.input<typeof extensionDecisionInput>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const projectExtension = z.object({
  id: z.uuid(),
  previousEnd: z.iso.date(),
  requestedEnd: z.iso.date(),
  monthsAdded: z.number().describe("Calendar months the end date moves, to one decimal"),
  justification: z.string(),
  status: z.enum(EXTENSION_STATUSES),
  requestedBy: personRef,
  requestedAt: z.iso.datetime({ offset: true }),
  decidedBy: personRef.nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decisionComment: z.string(),
  version: z.number().int(),
});
export type ProjectExtension = z.infer<typeof projectExtension>;

export const extensionList = z.object({
  /** Newest request first. */
  items: z.array(projectExtension),
  approvedCount: z.number().int(),
  /** What this user may do now: the buttons the web app shows. */
  can: z.object({ request: z.boolean(), decide: z.boolean() }),
});
export type ExtensionList = z.infer<typeof extensionList>;

/**
 * How many calendar months an extension adds, to one decimal: whole months, then the days left
 * as a share of the month they fall in (31 Dec → 30 Jun is 6, 1 Mar → 16 Mar is 0.5).
 */
export function monthsAdded(previousEnd: IsoDate, requestedEnd: IsoDate): number {
  if (requestedEnd <= previousEnd) return 0;
  // From the end of a month to the end of another: whole months (28 Feb → 31 Aug is 6).
  if (isMonthEnd(previousEnd) && isMonthEnd(requestedEnd)) {
    return (
      (Number(requestedEnd.slice(0, 4)) - Number(previousEnd.slice(0, 4))) * 12 +
      Number(requestedEnd.slice(5, 7)) -
      Number(previousEnd.slice(5, 7))
    );
  }
  const whole = wholeMonthsBetween(previousEnd, requestedEnd);
  const from = addMonths(previousEnd, whole);
  const rest = daysBetween(from, requestedEnd);
  const month = daysBetween(from, addMonths(previousEnd, whole + 1));
  return Math.round((whole + rest / month) * 10) / 10;
}

function isMonthEnd(date: IsoDate): boolean {
  return addDays(date, 1).endsWith("-01");
}

export interface ExtensionDates {
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
  actualStart: IsoDate | null;
}

/**
 * What a requested end date must meet: later than the current planned end, and the project,
 * counted from its earliest start (planned or actual), still within the fund's longest duration.
 */
export function checkRequestedEnd(project: ExtensionDates, requestedEnd: IsoDate): FieldError[] {
  if (requestedEnd <= project.plannedEnd) {
    return [
      {
        field: "requestedEnd",
        code: "notLater",
        message: `The new end date must be later than the current planned end (${project.plannedEnd})`,
        params: { plannedEnd: project.plannedEnd },
      },
    ];
  }
  const start =
    project.actualStart && project.actualStart < project.plannedStart
      ? project.actualStart
      : project.plannedStart;
  if (monthsBetween(start, requestedEnd) > MAX_DURATION_MONTHS) {
    return [
      {
        field: "requestedEnd",
        code: "durationTooLong",
        message: "A project lasts at most 10 years",
        params: { start },
      },
    ];
  }
  return [];
}

/** The end date the project had before any approved extension moved it. */
export function originalEnd(
  plannedEnd: IsoDate,
  extensions: readonly { status: ExtensionStatus; previousEnd: IsoDate; requestedAt: string }[],
): IsoDate {
  const approved = extensions
    .filter((e) => e.status === "approved")
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  return approved[0]?.previousEnd ?? plannedEnd;
}

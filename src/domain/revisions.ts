/**
 * Budget revisions (issue 15 §3): after approval, a project's managers ask for a new total, new
 * shares per area of work and per activity type, and a new split by year, with a justification;
 * the fund manager approves (the revised budget becomes current) or refuses. A revision keeps the
 * budget before and after as snapshots, so every earlier version stays readable. Pure: the API's
 * shapes, the snapshot arithmetic and the rules, so the form and the server check the same.
 */
import { z } from "zod";
import { allocateCents } from "./allocation";
import { checkSplit, splitOrDefault, yearPeriods } from "./annualSplit";
import type { IsoDate } from "./calendar";
import { availableCents, type EnvelopeState } from "./envelopes";
import type { FieldError } from "./errors";
import { type FundYearParameters, fundingRules, type ProposalFacts } from "./fundRules";
import { formatMoney, parseMoney } from "./money";
import { moneyInput, shareList } from "./project";
import { FULL_SHARE, hundredthsToPercent, percentToHundredths } from "./shares";
import { COMMENT_MAX } from "./workflow";

export const REVISION_STATUSES = ["requested", "approved", "refused"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
export const REVISION_DECISIONS = ["approve", "refuse"] as const;

export const REVISION_JUSTIFICATION_MIN = 10;
export const REVISION_JUSTIFICATION_MAX = 5000;

/** A year's amount may be zero (a year with no spending planned), never negative or inexact. */
const yearAmount = z
  .union([z.string().max(20), z.number()])
  .describe('Amount in USD for one year of the project, e.g. "50000.00"')
  .refine((value) => parseMoney(value) !== null, {
    message: "Enter an amount in USD with at most two decimals",
    params: { code: "money" },
  });

const nonEmptyShares = shareList.refine((shares) => shares.length > 0, {
  message: "Share the budget so that the shares add up to 100 %",
  params: { code: "percentSum", total: 0 },
});

export const revisionRequestInput = z.object({
  newTotal: moneyInput.describe("The revised approved budget in USD"),
  areaShares: nonEmptyShares,
  activityShares: nonEmptyShares,
  years: z
    .array(yearAmount)
    .max(11)
    .optional()
    .describe("One amount per year of the project, adding up to the new total; omitted: split by days"),
  justification: z.string().trim().min(REVISION_JUSTIFICATION_MIN).max(REVISION_JUSTIFICATION_MAX),
});
export type RevisionRequestInput = z.input<typeof revisionRequestInput>;

/** The fund manager's decision on the request's `version`; a refusal needs a comment. */
export const revisionDecisionInput = z.object({
  decision: z.enum(REVISION_DECISIONS),
  version: z.number().int().min(1),
  comment: z.string().trim().max(COMMENT_MAX).default(""),
});
export type RevisionDecisionInput = z.input<typeof revisionDecisionInput>;

/** A budget as stored in a revision's before/after: cents, hundredths of a percent, dated years. */
export interface BudgetSnapshot {
  totalCents: number;
  areaShares: { code: string; shareHundredths: number }[];
  activityShares: { code: string; shareHundredths: number }[];
  years: { start: IsoDate; end: IsoDate; cents: number }[];
}

const shareView = z.object({ code: z.string(), percent: z.number(), amount: z.string() });
export const budgetSnapshotView = z.object({
  total: z.string(),
  areaShares: z.array(shareView),
  activityShares: z.array(shareView),
  years: z.array(z.object({ start: z.iso.date(), end: z.iso.date(), amount: z.string() })),
});
export type BudgetSnapshotView = z.infer<typeof budgetSnapshotView>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const projectRevision = z.object({
  id: z.uuid(),
  status: z.enum(REVISION_STATUSES),
  previousTotal: z.string(),
  newTotal: z.string(),
  /** New minus previous total, negative for a decrease. */
  change: z.string(),
  before: budgetSnapshotView,
  after: budgetSnapshotView,
  justification: z.string(),
  requestedBy: personRef,
  requestedAt: z.iso.datetime({ offset: true }),
  decidedBy: personRef.nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decisionComment: z.string(),
  version: z.number().int(),
});
export type ProjectRevision = z.infer<typeof projectRevision>;

export const revisionList = z.object({
  /** Newest request first. */
  items: z.array(projectRevision),
  /** What this user may do now: the buttons the web app shows. */
  can: z.object({ request: z.boolean(), decide: z.boolean() }),
});
export type RevisionList = z.infer<typeof revisionList>;

/** The amounts of shares of a total, adding up to it to the cent (largest remainder). */
export function shareAmounts(
  totalCents: number,
  shares: readonly { code: string; shareHundredths: number }[],
): number[] {
  return allocateCents(
    totalCents,
    shares.map((s) => s.shareHundredths),
    FULL_SHARE,
  );
}

/** A snapshot as clients read it: decimal strings, percentages, amounts per share and year. */
export function presentSnapshot(snapshot: BudgetSnapshot): BudgetSnapshotView {
  const shares = (list: BudgetSnapshot["areaShares"]) => {
    const amounts = shareAmounts(snapshot.totalCents, list);
    return list.map((s, i) => ({
      code: s.code,
      percent: hundredthsToPercent(s.shareHundredths),
      amount: formatMoney(amounts[i] ?? 0),
    }));
  };
  return {
    total: formatMoney(snapshot.totalCents),
    areaShares: shares(snapshot.areaShares),
    activityShares: shares(snapshot.activityShares),
    years: snapshot.years.map((y) => ({ start: y.start, end: y.end, amount: formatMoney(y.cents) })),
  };
}

export interface RevisedProject {
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
}

/**
 * The budget a request asks for, or the field errors that keep it from being one: the years
 * (when given) must be one per year of the project and add up to the new total to the cent;
 * omitted, the new total is split by days. Shares were checked by the input schema.
 */
export function proposedSnapshot(
  project: RevisedProject,
  input: {
    newTotal: string | number;
    areaShares: readonly { code: string; percent: number }[];
    activityShares: readonly { code: string; percent: number }[];
    years?: readonly (string | number)[] | undefined;
  },
): { snapshot: BudgetSnapshot | null; failures: FieldError[] } {
  const totalCents = parseMoney(input.newTotal) ?? 0;
  const periods = yearPeriods(project.plannedStart, project.plannedEnd);
  let years = splitOrDefault(totalCents, project.plannedStart, project.plannedEnd, null);
  if (input.years) {
    const cents = input.years.map((y) => parseMoney(y) ?? -1);
    const why = checkSplit(cents, totalCents, periods.length);
    if (why !== null) {
      const sum = cents.reduce((s, c) => s + Math.max(c, 0), 0);
      const failure: FieldError =
        why === "yearCount"
          ? {
              field: "years",
              code: "revisionYearCount",
              message: `Give one amount per year of the project (${periods.length})`,
              params: { count: periods.length },
            }
          : {
              field: "years",
              code: "revisionYearsSum",
              message: `The years add up to ${formatMoney(sum)}, not the new total of ${formatMoney(totalCents)}`,
              params: { sum: formatMoney(sum), total: formatMoney(totalCents) },
            };
      return { snapshot: null, failures: [failure] };
    }
    years = periods.map((p, i) => ({ ...p, cents: cents[i] ?? 0 }));
  }
  const toHundredths = (list: readonly { code: string; percent: number }[]) =>
    list
      .map((s) => ({ code: s.code, shareHundredths: percentToHundredths(s.percent) ?? 0 }))
      .sort((a, b) => a.code.localeCompare(b.code));
  return {
    snapshot: {
      totalCents,
      areaShares: toHundredths(input.areaShares),
      activityShares: toHundredths(input.activityShares),
      years: years.map((y) => ({ start: y.start, end: y.end, cents: y.cents })),
    },
    failures: [],
  };
}

/** Whether two budgets are the same: a revision must change something. */
export function sameBudget(a: BudgetSnapshot, b: BudgetSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fund rules a revision shows to keep, where the field names are those of the form. */
const RULES_ON_ANY_CHANGE = new Set(["budgetNotPositive", "line2CeilingExceeded"]);

/**
 * The fund's rules on a revised budget, as at approval: the line's ceiling always, and for an
 * increase also the eligibility rules and the envelope, whose available amount must cover the
 * increase (`envelope` null: none set for the year and line, no limit). A decrease frees money
 * and is never refused for the envelope or for eligibility that changed since the approval.
 */
export function checkRevision(
  facts: ProposalFacts,
  parameters: FundYearParameters,
  fundLine: string,
  previousCents: number,
  newCents: number,
  envelope: EnvelopeState | null,
): FieldError[] {
  const increase = newCents - previousCents;
  const failures = fundingRules(facts, parameters, fundLine, newCents, "newTotal", "fundLine").filter(
    (f) => increase > 0 || RULES_ON_ANY_CHANGE.has(f.code),
  );
  if (envelope && increase > 0 && increase > availableCents(envelope)) {
    const available = availableCents(envelope);
    const line = fundLine.replace(/^L/, "");
    failures.push({
      field: "newTotal",
      code: "envelopeExceeded",
      message: `Line ${line}'s envelope for ${facts.fundingYear} has USD ${formatMoney(available)} available; the increase of USD ${formatMoney(increase)} is USD ${formatMoney(increase - available)} more`,
      params: {
        line,
        year: facts.fundingYear,
        available: formatMoney(available),
        amount: formatMoney(increase),
        excess: formatMoney(increase - available),
      },
    });
  }
  return failures;
}

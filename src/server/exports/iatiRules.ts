/**
 * The IATI Standard's activity rules that the schema cannot express, as the IATI Validator applies
 * them, checked on an exported file. Each rule reads a plain view of an activity and returns the
 * activity's failures; issue 15's later steps add their rules (transactions, results) to RULES.
 *
 * Sources: the IATI Standard Ruleset (IATI/IATI-Rulesets, `rulesets/standard.json`, described in
 * IATI-Extra-Documentation `en/rulesets/standard-ruleset.rst`: "date order" and "sum" rules) and
 * the IATI Validator's rules (IATI validator-rules, financial class 7.5).
 */
import { create } from "xmlbuilder2";
import { addMonths, dayOf, type IsoDate } from "../../domain/calendar";
import {
  duplicateIdentifiers,
  type IatiActivityDetails,
  readActivityDetails,
  STANDARD_RULES,
} from "./iatiStandardRules";

interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface IatiActivityView {
  identifier: string;
  /** activity-date elements by their ActivityDateType code (1 planned start … 4 actual end). */
  dates: Map<string, IsoDate>;
  budgets: (Period & { type: string })[];
  /** planned-disbursement periods (period-end may be left out, as the Standard allows). */
  plannedDisbursements: Period[];
  /** Sector percentages by vocabulary ("1" when the attribute is left out, as the Standard says). */
  sectors: { vocabulary: string; percentage: number | null }[];
  /** recipient-country and recipient-region percentages together. */
  recipients: (number | null)[];
  /** What the rules of iatiStandardRules.ts read. */
  details: IatiActivityDetails;
}

export interface IatiRuleFailure {
  rule: string;
  activity: string;
  detail: string;
}

type Rule = { name: string; check: (activity: IatiActivityView, today: IsoDate) => string[] };

const childrenNamed = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );

const dateOf = (parent: Element, name: string): IsoDate =>
  childrenNamed(parent, name)[0]?.getAttribute("iso-date") ?? "";

const percentageOf = (element: Element): number | null => {
  const text = element.getAttribute("percentage");
  // Hundredths of a percent, so that sums compare exactly.
  return text === null ? null : Math.round(Number(text) * 100);
};

/** The activities of an `iati-activities` file, as the rules read them. */
export function readIatiActivities(xml: string): IatiActivityView[] {
  const root = create(xml).root().node as unknown as Element;
  return childrenNamed(root, "iati-activity").map((activity) => ({
    identifier: childrenNamed(activity, "iati-identifier")[0]?.textContent ?? "",
    dates: new Map(
      childrenNamed(activity, "activity-date").map((d) => [
        d.getAttribute("type") ?? "",
        d.getAttribute("iso-date") ?? "",
      ]),
    ),
    budgets: childrenNamed(activity, "budget").map((budget) => ({
      type: budget.getAttribute("type") ?? "1",
      start: dateOf(budget, "period-start"),
      end: dateOf(budget, "period-end"),
    })),
    plannedDisbursements: childrenNamed(activity, "planned-disbursement").map((disbursement) => ({
      start: dateOf(disbursement, "period-start"),
      end: dateOf(disbursement, "period-end"),
    })),
    sectors: childrenNamed(activity, "sector").map((sector) => ({
      vocabulary: sector.getAttribute("vocabulary") ?? "1",
      percentage: percentageOf(sector),
    })),
    recipients: [
      ...childrenNamed(activity, "recipient-country"),
      ...childrenNamed(activity, "recipient-region"),
    ].map(percentageOf),
    details: readActivityDetails(activity),
  }));
}

const span = (period: Period) => `${period.start}..${period.end}`;

/** Percentages "where given" must add up to 100: none given (a single element) is not a failure. */
function percentagesAddUp(percentages: (number | null)[]): boolean {
  const given = percentages.filter((p): p is number => p !== null);
  if (given.length === 0) return percentages.length <= 1;
  return given.length === percentages.length && given.reduce((a, b) => a + b, 0) === 10_000;
}

export const RULES: readonly Rule[] = [
  {
    // IATI Validator 7.5.3, "Budget Period must not be longer than one year.": it fails when
    // period-start + P1Y is before period-end, so an end exactly a year after the start passes.
    name: "budget period at most one year",
    check: (activity) =>
      activity.budgets
        .filter((b) => addMonths(b.start, 12) < b.end)
        .map((b) => `budget ${span(b)} is longer than a year`),
  },
  {
    // Standard Ruleset, date order ("less" period-start, "more" period-end).
    name: "budget period-start before period-end",
    check: (activity) =>
      activity.budgets
        .filter((b) => !(b.start < b.end))
        .map((b) => `budget ${span(b)} ends before it starts`),
  },
  {
    // Issue 15 (section 6), "budgets inside the activity's dates": no period-start before the
    // activity's start and no period-end after its end (actual dates, else planned ones).
    name: "budget inside the activity dates",
    check: (activity) => {
      const start = activity.dates.get("2") ?? activity.dates.get("1");
      const end = activity.dates.get("4") ?? activity.dates.get("3");
      return activity.budgets
        .filter((b) => (start !== undefined && b.start < start) || (end !== undefined && b.end > end))
        .map((b) => `budget ${span(b)} is outside the activity ${start}..${end}`);
    },
  },
  {
    // Issue 15: budgets of the same type must not overlap, so that adding them up over the
    // activity's life counts no day twice.
    name: "budgets of the same type do not overlap",
    check: (activity) => {
      const failures: string[] = [];
      const sorted = [...activity.budgets].sort((a, b) =>
        a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
      );
      sorted.forEach((budget, i) => {
        for (const later of sorted.slice(i + 1)) {
          if (later.type === budget.type && later.start <= budget.end) {
            failures.push(`budget ${span(budget)} overlaps ${span(later)}`);
          }
        }
      });
      return failures;
    },
  },
  {
    // Standard Ruleset, date order: planned-disbursement period-start before period-end (when
    // the end is given; the Standard lets a disbursement on a known day give its start only).
    name: "planned disbursement period-start before period-end",
    check: (activity) =>
      activity.plannedDisbursements
        .filter((d) => d.end !== "" && !(d.start < d.end))
        .map((d) => `planned disbursement ${span(d)} ends before it starts`),
  },
  {
    // IATI Validator (financial): a planned disbursement's period lies within the activity's
    // dates (actual, else planned), like a budget's.
    name: "planned disbursement inside the activity dates",
    check: (activity) => {
      const start = activity.dates.get("2") ?? activity.dates.get("1");
      const end = activity.dates.get("4") ?? activity.dates.get("3");
      return activity.plannedDisbursements
        .filter(
          (d) => (start !== undefined && d.start < start) || (end !== undefined && (d.end || d.start) > end),
        )
        .map((d) => `planned disbursement ${span(d)} is outside the activity ${start}..${end}`);
    },
  },
  {
    // Standard Ruleset, sum: sector/@percentage adds up to 100 within each vocabulary.
    name: "sector percentages add up to 100 per vocabulary",
    check: (activity) => {
      const vocabularies = new Set(activity.sectors.map((s) => s.vocabulary));
      return [...vocabularies]
        .filter(
          (vocabulary) =>
            !percentagesAddUp(
              activity.sectors.filter((s) => s.vocabulary === vocabulary).map((s) => s.percentage),
            ),
        )
        .map((vocabulary) => `sectors of vocabulary ${vocabulary} do not add up to 100 %`);
    },
  },
  {
    // Standard Ruleset, sum: recipient-country/@percentage and recipient-region/@percentage
    // together add up to 100.
    name: "recipient percentages add up to 100",
    check: (activity) =>
      percentagesAddUp(activity.recipients) ? [] : ["recipient countries and regions do not add up to 100 %"],
  },
  ...STANDARD_RULES.map((rule) => ({
    name: rule.name,
    check: (a: IatiActivityView, today: IsoDate) => rule.check(a.details, today),
  })),
];

/** Every failure of every rule, by rule and activity; `today` is the day the file was made. */
export function checkIatiRules(
  activities: readonly IatiActivityView[],
  today: IsoDate = dayOf(new Date()),
): IatiRuleFailure[] {
  return [
    ...activities.flatMap((activity) =>
      RULES.flatMap((rule) =>
        rule
          .check(activity, today)
          .map((detail) => ({ rule: rule.name, activity: activity.identifier, detail })),
      ),
    ),
    ...duplicateIdentifiers(activities.map((a) => a.identifier)),
  ];
}

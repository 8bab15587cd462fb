/**
 * Reports as users and the API see them: the summary and detail a reader gets, the content a
 * manager saves, the decisions (submit, return, accept), the overdue list, and the fund's reporting
 * rules as edited. Pure; the completeness rules of a submission are in reportSubmission.ts.
 */
import { z } from "zod";
import { projectDocument } from "./documents";
import { MAX_BUDGET_CENTS, parseMoney } from "./money";
import { INDICATOR_LEVELS } from "./progress";
import { AGE_GROUPS, SEXES } from "./project";
import {
  REPORT_KINDS,
  REPORT_STAGES,
  REPORT_STATES,
  REPORT_STATUSES,
  type ReportKind,
  reportingRulesShape,
} from "./reportSchedule";

export const REPORT_ACTIONS = ["submit", "return", "accept"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
export const REPORT_TEXT_MAX = 10_000;
export const REPORT_COMMENT_MAX = 5_000;
export const INDICATOR_COMMENT_MAX = 2_000;
/** Indicator figures are counts, percentages or amounts; anything beyond this is a typing slip. */
export const INDICATOR_VALUE_LIMIT = 1e12;

const code = z.string().trim().min(1).max(40);
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const personRef = z.object({ id: z.uuid(), name: z.string() });

/* ---------- what the API returns ---------- */

export const reportSummary = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.enum(REPORT_KINDS),
  stage: z.enum(REPORT_STAGES),
  /** 1, 2, … for interim reports; 0 for the final report. */
  sequence: z.number().int(),
  periodStart: isoDate,
  periodEnd: isoDate,
  dueDate: isoDate,
  status: z.enum(REPORT_STATUSES),
  /** From reportState(report, today): what the user sees. */
  state: z.enum(REPORT_STATES),
  firstSubmittedAt: instant.nullable(),
  submittedAt: instant.nullable(),
  decidedAt: instant.nullable(),
  version: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const projectReports = z.object({
  items: z.array(reportSummary),
  can: z.object({ write: z.boolean(), decide: z.boolean() }),
});
export type ProjectReports = z.infer<typeof projectReports>;

const beneficiaryGroup = z.object({
  type: z.string(),
  sex: z.enum(SEXES),
  ageGroup: z.enum(AGE_GROUPS),
  number: z.number().int(),
});

export const reportIndicator = z.object({
  id: z.uuid(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  level: z.enum(INDICATOR_LEVELS),
  /** The statement of the outcome or output it measures; null for the objective's indicators. */
  result: z.string().nullable(),
  /** Its value in the latest earlier accepted narrative report. */
  previousActual: z.number().nullable(),
});
export type ReportIndicator = z.infer<typeof reportIndicator>;

export const reportEvent = z.object({
  id: z.number().int(),
  action: z.enum(REPORT_ACTIONS),
  actor: personRef,
  comment: z.string(),
  at: instant,
});

export const reportPolicies = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  accept: z.boolean(),
  return: z.boolean(),
});
export type ReportPolicies = z.infer<typeof reportPolicies>;

export const reportDetail = reportSummary.extend({
  project: z.object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    status: z.string(),
    region: z.string().nullable(),
  }),
  challenges: z.string(),
  lessonsLearned: z.string(),
  goodPractices: z.string(),
  /** The project's indicators, in results-matrix order. */
  indicators: z.array(reportIndicator),
  indicatorValues: z.array(z.object({ indicatorId: z.uuid(), actual: z.number(), comment: z.string() })),
  beneficiaries: z.array(beneficiaryGroup),
  targetBeneficiaries: z.array(beneficiaryGroup),
  areaExpenditures: z.array(z.object({ area: z.string(), amount: z.string() })),
  activityExpenditures: z.array(z.object({ activity: z.string(), amount: z.string() })),
  /** The project's budget share codes, offered first in the form. */
  projectAreas: z.array(z.string()),
  projectActivities: z.array(z.string()),
  approvedBudget: z.string().nullable(),
  events: z.array(reportEvent),
  documents: z.array(projectDocument),
  can: reportPolicies,
});
export type ReportDetail = z.infer<typeof reportDetail>;

/* ---------- what a manager saves ---------- */

/** Expenditure to date may be zero, unlike a budget. */
export const expenditureAmount = z
  .union([z.string().max(20), z.number()])
  .describe('Amount in USD, a decimal with at most two decimals, e.g. "1234.50"')
  .superRefine((value, ctx) => {
    const cents = parseMoney(value);
    if (cents === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter an amount in USD with at most two decimals, zero or more",
        params: { code: "money" },
      });
    } else if (cents > MAX_BUDGET_CENTS) {
      ctx.addIssue({
        code: "custom",
        message: "The amount is above USD 1,000,000,000",
        params: { code: "moneyTooLarge" },
      });
    }
  });

/** A list where `key` of each item appears once; the duplicate is reported at its own index. */
function uniqueBy<T extends z.ZodType>(
  item: T,
  max: number,
  key: (value: z.output<T>) => string,
  field: string,
) {
  return z
    .array(item)
    .max(max)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        const k = key(entry);
        if (seen.has(k)) {
          ctx.addIssue({
            code: "custom",
            path: [index, field],
            message: "Listed twice",
            params: { code: "duplicate" },
          });
        }
        seen.add(k);
      });
    });
}

const reportText = z.string().trim().max(REPORT_TEXT_MAX);

export const indicatorValueInput = z.object({
  indicatorId: z.uuid(),
  actual: z.number().min(-INDICATOR_VALUE_LIMIT).max(INDICATOR_VALUE_LIMIT),
  comment: z.string().trim().max(INDICATOR_COMMENT_MAX).default(""),
});

export const reportBeneficiaryInput = z.object({
  type: code,
  sex: z.enum(SEXES),
  ageGroup: z.enum(AGE_GROUPS),
  /** Reached to date: zero is a true answer. */
  number: z.number().int().min(0).max(100_000_000),
});

/**
 * Only the fields given are replaced; a narrative report takes the texts, indicator values and
 * beneficiaries, a financial report the expenditures (the server refuses fields of the other kind).
 */
/** Strict: a misspelt field is an error, not silently ignored. */
export const reportContentInput = z.strictObject({
  version: z.number().int().min(1).describe("The version the edit started from"),
  challenges: reportText.optional(),
  lessonsLearned: reportText.optional(),
  goodPractices: reportText.optional(),
  indicatorValues: uniqueBy(indicatorValueInput, 500, (v) => v.indicatorId, "indicatorId").optional(),
  beneficiaries: uniqueBy(
    reportBeneficiaryInput,
    100,
    (b) => `${b.type}|${b.sex}|${b.ageGroup}`,
    "type",
  ).optional(),
  areaExpenditures: uniqueBy(
    z.object({ area: code, amount: expenditureAmount }),
    50,
    (e) => e.area,
    "area",
  ).optional(),
  activityExpenditures: uniqueBy(
    z.object({ activity: code, amount: expenditureAmount }),
    50,
    (e) => e.activity,
    "activity",
  ).optional(),
});
export type ReportContentInput = z.input<typeof reportContentInput>;
export type ReportContent = z.output<typeof reportContentInput>;

/** The fields each kind of report holds. */
export const REPORT_FIELDS_BY_KIND: Record<ReportKind, readonly (keyof ReportContent)[]> = {
  narrative: ["challenges", "lessonsLearned", "goodPractices", "indicatorValues", "beneficiaries"],
  financial: ["areaExpenditures", "activityExpenditures"],
};

export const reportDecisionInput = z
  .strictObject({
    action: z.enum(REPORT_ACTIONS),
    version: z.number().int().min(1),
    comment: z.string().trim().max(REPORT_COMMENT_MAX).default(""),
  })
  .superRefine((decision, ctx) => {
    if (decision.action === "return" && decision.comment === "") {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Say what the managers need to change",
        params: { code: "commentRequired" },
      });
    }
  });
export type ReportDecisionInput = z.input<typeof reportDecisionInput>;

/* ---------- the list across projects ---------- */

export const REPORT_LIST_STATES = [...REPORT_STATES, "open"] as const;
export type ReportListState = (typeof REPORT_LIST_STATES)[number];

/** Strict, like the project list: a misspelt filter is an error, not an unfiltered list. */
export const reportListQuery = z.strictObject({
  state: z.enum(REPORT_LIST_STATES).default("overdue").describe('A report state, or "open" (not accepted)'),
  region: code.optional(),
  fundingYear: z.coerce.number().int().min(2000).max(2100).optional(),
  fundLine: code.optional(),
  q: z.string().trim().max(200).optional(),
  mine: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("Only the projects the user manages (PM or alternate)"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReportListQuery = z.output<typeof reportListQuery>;

export const reportListItem = reportSummary.extend({
  project: z.object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    region: z.string().nullable(),
    fundingYear: z.number().int(),
  }),
  /** Days since the due date for an overdue report; null otherwise. */
  daysOverdue: z.number().int().nullable(),
});
export type ReportListItem = z.infer<typeof reportListItem>;

export const reportStateCounts = z.object({
  overdue: z.number().int(),
  due: z.number().int(),
  upcoming: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  accepted: z.number().int(),
});

export const reportList = z.object({
  items: z.array(reportListItem),
  total: z.number().int(),
  counts: reportStateCounts,
});
export type ReportList = z.infer<typeof reportList>;

/* ---------- the fund's reporting rules ---------- */

export const reportingRulesItem = reportingRulesShape.extend({
  fundLine: z.string(),
  version: z.number().int(),
  updatedAt: instant.nullable(),
  updatedBy: personRef.nullable(),
});
export type ReportingRulesItem = z.infer<typeof reportingRulesItem>;

export const reportingRulesList = z.object({
  items: z.array(reportingRulesItem),
  can: z.object({ edit: z.boolean() }),
});
export type ReportingRulesList = z.infer<typeof reportingRulesList>;

export const reportingRulesInput = reportingRulesShape.extend({
  version: z.number().int().min(1).describe("The version the edit started from"),
});
export type ReportingRulesInput = z.input<typeof reportingRulesInput>;

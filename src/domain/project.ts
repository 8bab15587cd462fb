/**
 * The project record as users and the API see it: the one schema that validates the web form,
 * the API body, and generates the OpenAPI document.
 */
import { z } from "zod";
import { budgetYearDetail, budgetYearsInput, budgetYearsProblem } from "./budgetYearsInput";
import { dateInput } from "./calendar";
import { PROJECT_STATUSES, TRANSITION_NAMES } from "./lifecycle";
import { MAX_BUDGET_CENTS, parseMoney } from "./money";
import { FULL_SHARE, percentToHundredths, totalShare } from "./shares";

export const PROJECT_TYPES = ["national", "regional", "global"] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export const SEXES = ["female", "male", "all"] as const;
export const AGE_GROUPS = ["children", "youth", "adults", "older", "all"] as const;

export const TITLE_MAX = 300;
export const SUMMARY_MAX = 5000;
export const OBJECTIVE_MAX = 2000;
export const MAX_DURATION_MONTHS = 120;

const code = z.string().trim().min(1).max(40);

export const moneyInput = z
  .union([z.string().max(20), z.number()])
  .describe('Amount in USD, a decimal with at most two decimals, e.g. "200000.00"')
  .superRefine((value, ctx) => {
    const cents = parseMoney(value);
    if (cents === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter an amount in USD with at most two decimals",
        params: { code: "money" },
      });
    } else if (cents <= 0) {
      ctx.addIssue({
        code: "custom",
        message: "The amount must be greater than zero",
        params: { code: "moneyPositive" },
      });
    } else if (cents > MAX_BUDGET_CENTS) {
      ctx.addIssue({
        code: "custom",
        message: "The amount is above USD 1,000,000,000",
        params: { code: "moneyTooLarge" },
      });
    }
  });

export const shareInput = z.object({
  code,
  percent: z.number().refine((p) => percentToHundredths(p) !== null, {
    message: "A share is a percentage above 0 and up to 100 with at most two decimals",
    params: { code: "percent" },
  }),
});
export type ShareInput = z.infer<typeof shareInput>;

/** Shares are optional on a draft, but once given they must cover exactly 100 %. */
export const shareList = z
  .array(shareInput)
  .max(30)
  .superRefine((shares, ctx) => {
    const seen = new Set<string>();
    shares.forEach((share, index) => {
      if (seen.has(share.code)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "code"],
          message: "Listed twice",
          params: { code: "duplicate" },
        });
      }
      seen.add(share.code);
    });
    const total = totalShare(shares);
    if (shares.length > 0 && total !== FULL_SHARE) {
      ctx.addIssue({
        code: "custom",
        message: `The shares must add up to 100 % (they add up to ${total / 100} %)`,
        params: { code: "percentSum", total: total / 100 },
      });
    }
  });

export const beneficiaryInput = z.object({
  type: code,
  sex: z.enum(SEXES),
  ageGroup: z.enum(AGE_GROUPS),
  number: z.number().int().min(1).max(100_000_000),
});
export type BeneficiaryInput = z.infer<typeof beneficiaryInput>;

function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, {
      message: "Listed twice",
      params: { code: "duplicate" },
    });
}

const projectFields = z.object({
  title: z.string().trim().min(3).max(TITLE_MAX),
  summary: z.string().trim().max(SUMMARY_MAX).default(""),
  objective: z.string().trim().max(OBJECTIVE_MAX).default(""),
  type: z.enum(PROJECT_TYPES),
  countries: uniqueList(z.string().regex(/^[A-Z]{3}$/, { message: "Use the ISO 3166-1 alpha-3 code" }), 250),
  region: code.nullable().optional().describe("Derived from the countries when they share one region"),
  fundingYear: z.number().int().min(2000).max(2100),
  fundLine: code,
  requestedBudget: moneyInput,
  plannedStart: dateInput,
  plannedEnd: dateInput,
  pmId: z.uuid().optional().describe("Defaults to the user who creates the project"),
  altPmId: z.uuid().nullable().optional(),
  areaShares: shareList.default([]),
  activityShares: shareList.default([]),
  beneficiaries: z.array(beneficiaryInput).max(50).default([]),
  strategyPoints: uniqueList(z.number().int().min(1).max(12), 12).default([]),
  migof: uniqueList(code, 20).default([]),
  genderMarker: code.nullable().optional(),
  followUpOfId: z.uuid().nullable().optional(),
  budgetYears: budgetYearsInput,
});

type ProjectFields = z.infer<typeof projectFields>;
type FieldName = keyof typeof projectFields.shape;

/**
 * Rules that involve several fields, each naming the field a user has to change. Each runs as
 * soon as the fields it reads are valid, even if others are not, so a form shows every problem
 * at once instead of revealing them one save at a time.
 */
function crossFieldRule(fields: FieldName[], rule: (project: ProjectFields, ctx: z.RefinementCtx) => void) {
  const part = projectFields.pick(
    Object.fromEntries(fields.map((f) => [f, true])) as Record<FieldName, true>,
  );
  return [
    (project: ProjectFields, ctx: z.RefinementCtx) => rule(project, ctx),
    { when: (payload: { value: unknown }) => part.safeParse(payload.value).success },
  ] as const;
}

const datesInOrder = crossFieldRule(["plannedStart", "plannedEnd"], (project, ctx) => {
  if (project.plannedEnd <= project.plannedStart) {
    ctx.addIssue({
      code: "custom",
      path: ["plannedEnd"],
      message: "The planned end must be after the planned start",
      params: { code: "endBeforeStart" },
    });
  } else if (monthsBetween(project.plannedStart, project.plannedEnd) > MAX_DURATION_MONTHS) {
    ctx.addIssue({
      code: "custom",
      path: ["plannedEnd"],
      message: "A project lasts at most 10 years",
      params: { code: "durationTooLong" },
    });
  }
});

const countriesFitType = crossFieldRule(["type", "countries"], (project, ctx) => {
  if (project.type === "national" && project.countries.length !== 1) {
    ctx.addIssue({
      code: "custom",
      path: ["countries"],
      message: "A national project has exactly one country",
      params: { code: "nationalOneCountry" },
    });
  }
  if (project.type === "regional" && project.countries.length < 2) {
    ctx.addIssue({
      code: "custom",
      path: ["countries"],
      message: "A regional project covers at least two countries",
      params: { code: "regionalCountries" },
    });
  }
});

const alternateIsAnotherPerson = crossFieldRule(["pmId", "altPmId"], (project, ctx) => {
  if (project.altPmId && project.pmId && project.altPmId === project.pmId) {
    ctx.addIssue({
      code: "custom",
      path: ["altPmId"],
      message: "The alternate PM must be another person",
      params: { code: "altPmSame" },
    });
  }
});

const budgetYearsFit = crossFieldRule(
  ["plannedStart", "plannedEnd", "requestedBudget", "budgetYears"],
  (project, ctx) => {
    if (!project.budgetYears || project.plannedEnd <= project.plannedStart) return;
    const requested = parseMoney(project.requestedBudget) ?? 0;
    const problem = budgetYearsProblem(
      project.budgetYears,
      requested,
      project.plannedStart,
      project.plannedEnd,
    );
    if (problem) {
      ctx.addIssue({
        code: "custom",
        path: problem.path,
        message: problem.message,
        params: { ...problem.params, code: problem.code },
      });
    }
  },
);

function withCrossFieldRules<T extends z.ZodType<ProjectFields>>(schema: T): T {
  return schema
    .superRefine(...datesInOrder)
    .superRefine(...countriesFitType)
    .superRefine(...alternateIsAnotherPerson)
    .superRefine(...budgetYearsFit);
}

export function monthsBetween(start: string, end: string): number {
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  return (ey - sy) * 12 + (em - sm) + (ed - sd) / 31;
}

export const projectInput = withCrossFieldRules(projectFields);
export type ProjectInput = z.input<typeof projectInput>;
export type ProjectData = z.output<typeof projectInput>;

export const projectUpdateInput = withCrossFieldRules(
  projectFields.extend({ version: z.number().int().min(1).describe("The version the edit started from") }),
);
export type ProjectUpdateInput = z.input<typeof projectUpdateInput>;

/* ---------- what the API returns ---------- */

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const projectPolicies = z.object({
  update: z.boolean(),
  /** The transitions this user may fire now: the buttons the web app shows. */
  transitions: z.array(z.enum(TRANSITION_NAMES)),
  comment: z.boolean(),
  uploadDocument: z.boolean(),
});
export type ProjectPolicies = z.infer<typeof projectPolicies>;

export const projectSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  type: z.enum(PROJECT_TYPES),
  status: z.enum(PROJECT_STATUSES),
  region: z.string().nullable(),
  countries: z.array(z.string()),
  fundingYear: z.number(),
  fundLine: z.string(),
  requestedBudget: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  pm: personRef.nullable(),
  updatedAt: z.string(),
  can: projectPolicies,
});
export type ProjectSummary = z.infer<typeof projectSummary>;

/**
 * A share as the project's page shows it: its part of the budget (the approved one once there is
 * one, else the requested one) in the API's money format, split by domain shareAmounts so that the
 * Excel export and the dashboard give it the same cents.
 */
const shareDetail = z.object({ code: z.string(), percent: z.number(), amount: z.string() });

export const projectDetail = projectSummary.extend({
  summary: z.string(),
  objective: z.string(),
  approvedBudget: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  altPm: personRef.nullable(),
  areaShares: z.array(shareDetail),
  activityShares: z.array(shareDetail),
  beneficiaries: z.array(beneficiaryInput),
  strategyPoints: z.array(z.number()),
  migof: z.array(z.string()),
  genderMarker: z.string().nullable(),
  followUpOf: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  budgetYears: z.array(budgetYearDetail),
  version: z.number(),
  createdAt: z.string(),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

/* ---------- the list ---------- */

export const PROJECT_SORTS = [
  "code",
  "title",
  "fundingYear",
  "requestedBudget",
  "status",
  "plannedStart",
  "updatedAt",
] as const;

/** Strict: a misspelt filter (?regoin=WCA) is an error, not a silently unfiltered list. */
export const projectListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.enum(PROJECT_SORTS).default("code"),
  order: z.enum(["asc", "desc"]).default("desc"),
  q: z.string().trim().max(200).optional(),
  region: code.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  fundingYear: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  fundLine: code.optional(),
  areaOfWork: code.optional(),
  /** Co-funded by: one or more donors (organisation names, `?cofundedBy=A&cofundedBy=B`). */
  cofundedBy: z
    .preprocess(
      (v) => (typeof v === "string" ? [v] : v),
      z.array(z.string().trim().min(1).max(200)).min(1).max(20),
    )
    .optional(),
  mine: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});
export type ProjectListQuery = z.output<typeof projectListQuery>;

export const projectPage = z.object({
  items: z.array(projectSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ProjectPage = z.infer<typeof projectPage>;

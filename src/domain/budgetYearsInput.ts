/**
 * The requested budget per year of the project as a form and the API send it (issue 15 §2): one
 * amount per period of the planned dates (domain/annualSplit.ts yearPeriods), adding up to the
 * requested budget to the cent. Absent means "keep what is planned" (see updateProject); the
 * checks that need the dates and the total run with the project's other cross-field rules.
 */
import { z } from "zod";
import { checkSplit, yearPeriods } from "./annualSplit";
import { formatMoney, MAX_BUDGET_CENTS, parseMoney } from "./money";

/** An amount for one year: zero is allowed (a year with no spending planned), negative is not. */
const budgetYearAmount = z
  .string()
  .max(20)
  .describe('Amount in USD for one year of the project, e.g. "120000.00"')
  .superRefine((value, ctx) => {
    const cents = parseMoney(value);
    if (cents === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter an amount in USD with at most two decimals",
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

/**
 * A client that reads a project and sends it back (GET, change a field, PUT) sends the years as
 * the project page shows them ({start, end, requested, approved}): that is an echo, not a plan,
 * and counts as absent, so such an edit keeps working and the plan follows the rules of a save
 * without years. Only amounts set a plan.
 */
const echoedYears = z
  .array(z.looseObject({ start: z.string(), end: z.string(), requested: z.string() }))
  .min(1)
  .transform(() => undefined);

export const budgetYearsInput = z
  .union([z.array(budgetYearAmount).max(12), echoedYears])
  .optional()
  .describe(
    "The requested budget per year of the project, one amount per period of the planned dates (cut at each anniversary of the start), adding up to the requested budget; absent (or the project's own budgetYears objects sent back) keeps the plan (or the split by days)",
  );

export interface BudgetYearsProblem {
  path: (string | number)[];
  message: string;
  code: "budgetYearsCount" | "budgetYearsSum";
  params?: Record<string, string | number>;
}

/**
 * Why `amounts` cannot be the split of `requestedCents` over the periods from `start` to `end`,
 * or null when it can. The amounts are already known to be valid money.
 */
export function budgetYearsProblem(
  amounts: readonly string[],
  requestedCents: number,
  start: string,
  end: string,
): BudgetYearsProblem | null {
  const years = yearPeriods(start, end).length;
  const cents = amounts.map((a) => parseMoney(a) ?? 0);
  const problem = checkSplit(cents, requestedCents, years);
  if (problem === "yearCount") {
    return {
      path: ["budgetYears"],
      message: `The planned dates have ${years} years: give one amount for each`,
      code: "budgetYearsCount",
      params: { years },
    };
  }
  if (problem !== null) {
    const sum = cents.reduce((total, c) => total + c, 0);
    return {
      path: ["budgetYears"],
      message: `The years add up to ${formatMoney(sum)}, not the requested budget ${formatMoney(requestedCents)}`,
      code: "budgetYearsSum",
      params: { sum: formatMoney(sum), total: formatMoney(requestedCents) },
    };
  }
  return null;
}

/** Cents of a validated list of year amounts. */
export function budgetYearsCents(amounts: readonly string[]): number[] {
  return amounts.map((a) => parseMoney(a) ?? 0);
}

/** A year of the budget as the API returns it. */
export const budgetYearDetail = z.object({
  start: z.string(),
  end: z.string(),
  requested: z.string(),
  approved: z.string().nullable(),
});
export type BudgetYearDetail = z.infer<typeof budgetYearDetail>;

/**
 * A project's other funding sources (issue 15 §5): who else funds it beside the fund, how much,
 * in which currency, and how firm the money is. Amounts stay in their own currency (minor units,
 * currencies.ts) and are converted to USD for totals (exchangeRates.ts).
 */
import { z } from "zod";
import { dateInput } from "./calendar";
import { amountProblem, isCurrency } from "./currencies";

/** IATI 2.03 OrganisationType code list (iati-2.03/codelists/OrganisationType.xml). */
export const ORGANISATION_TYPES = [
  "10",
  "11",
  "15",
  "21",
  "22",
  "23",
  "24",
  "30",
  "40",
  "60",
  "70",
  "71",
  "72",
  "73",
  "80",
  "90",
] as const;

export const FUNDING_STATUSES = ["pledged", "confirmed", "received"] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/**
 * An IATI organisation identifier, checked loosely: a registration agency prefix (letters, digits,
 * hyphens such as "XM-DAC" or "GB-COH") then a hyphen and the organisation's number in it, with
 * no spaces ("XM-DAC-41301", "GB-COH-01234567").
 */
export const IATI_ORG_REF = /^[A-Za-z]{2}(-[A-Za-z0-9]+)*-[A-Za-z0-9][A-Za-z0-9._/-]*$/;

const fields = {
  organisationName: z.string().trim().min(1).max(200),
  organisationType: z.enum(ORGANISATION_TYPES),
  organisationRef: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .default(null)
    .describe('The IATI organisation identifier when known, e.g. "XM-DAC-41301"; null when not')
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || IATI_ORG_REF.test(v), {
      message: 'An IATI organisation identifier looks like "XM-DAC-41301": agency prefix, hyphen, number',
      params: { code: "iatiOrgRef" },
    }),
  amount: z
    .string()
    .max(30)
    .describe(
      'The amount in the source\'s currency, with at most that currency\'s decimals, e.g. "250000.00", JPY "1500000"',
    ),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrency, { message: "Choose an ISO 4217 currency", params: { code: "currencyUnknown" } }),
  status: z.enum(FUNDING_STATUSES),
  /** The day of the pledge, commitment or receipt; its month picks the exchange rate. */
  date: dateInput,
};

/** The amount is checked against its currency's decimals, so the error sits on `amount`. */
function checkAmount(value: { amount: string; currency: string }, ctx: z.RefinementCtx) {
  if (!isCurrency(value.currency)) return;
  const problem = amountProblem(value.amount, value.currency);
  if (problem === "currencyDecimals") {
    ctx.addIssue({
      code: "custom",
      path: ["amount"],
      message: `${value.currency} amounts have at most the currency's own decimals`,
      params: { code: "currencyDecimals", currency: value.currency },
    });
  } else if (problem === "money") {
    ctx.addIssue({
      code: "custom",
      path: ["amount"],
      message: `Enter an amount in ${value.currency}: zero or more, digits with an optional decimal point`,
      params: { code: "amount", currency: value.currency },
    });
  }
}

export const fundingSourceInput = z.object(fields).superRefine(checkAmount);
export type FundingSourceInput = z.infer<typeof fundingSourceInput>;

export const fundingSourceUpdate = z
  .object({ ...fields, version: z.number().int().min(1).describe("The version you loaded") })
  .superRefine(checkAmount);
export type FundingSourceUpdate = z.infer<typeof fundingSourceUpdate>;

/** A converted figure says at which rate and for which month; null when the currency has no rate. */
export const usdConversion = z
  .object({
    usd: z.string(),
    /** USD for one unit, eight decimals ("1.00000000" for USD itself). */
    rate: z.string(),
    /** The month of the rate used: the source's month or the latest earlier one with a rate. */
    rateMonth: z.string(),
  })
  .nullable();

export const fundingSourceView = z.object({
  id: z.uuid(),
  organisationName: z.string(),
  organisationType: z.string(),
  organisationRef: z.string().nullable(),
  amount: z.string(),
  currency: z.string(),
  status: z.enum(FUNDING_STATUSES),
  date: z.string(),
  converted: usdConversion,
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type FundingSourceView = z.infer<typeof fundingSourceView>;

export const fundingSourceList = z.object({
  items: z.array(fundingSourceView),
  totals: z.object({
    /** Sum of the converted sources, to the cent. */
    otherSourcesUsd: z.string(),
    /** Sources left out of the USD total because their currency has no rate for their month. */
    withoutRate: z.number().int(),
    fundRequestedUsd: z.string(),
    fundApprovedUsd: z.string().nullable(),
  }),
  can: z.object({ edit: z.boolean() }),
});
export type FundingSourceList = z.infer<typeof fundingSourceList>;

export const donorTotal = z.object({
  organisationName: z.string(),
  organisationType: z.string(),
  organisationRef: z.string().nullable(),
  projects: z.number().int(),
  sources: z.number().int(),
  usd: z.string(),
  withoutRate: z.number().int(),
  /** Amounts per currency, in the currency ("JPY 1500000"), for sources with or without a rate. */
  byCurrency: z.array(z.object({ currency: z.string(), amount: z.string() })),
});
export const donorTotals = z.object({ items: z.array(donorTotal) });
export type DonorTotal = z.infer<typeof donorTotal>;

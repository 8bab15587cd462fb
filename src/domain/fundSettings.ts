/** The fund's parameters for one funding year, as a fund manager edits them. */
import { z } from "zod";
import { moneyInput } from "./project";

export const COUNTRY_FUND_STATUSES = ["inArrears", "notEligible"] as const;
export type CountryFundStatus = (typeof COUNTRY_FUND_STATUSES)[number];

export const fundYearSettings = z.object({
  fundingYear: z.number().int(),
  open: z.boolean(),
  line2NationalCeiling: z.string(),
  line2RegionalCeiling: z.string(),
  /** Countries with a restriction that year; every other country is eligible for both lines. */
  countries: z.array(
    z.object({ country: z.string(), status: z.enum(COUNTRY_FUND_STATUSES), note: z.string() }),
  ),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type FundYearSettings = z.infer<typeof fundYearSettings>;
export const fundYearList = z.object({ items: z.array(fundYearSettings) });

export const fundYearInput = z.object({
  version: z.number().int().min(1),
  line2NationalCeiling: moneyInput,
  line2RegionalCeiling: moneyInput,
  countries: z
    .array(
      z.object({
        country: z.string().regex(/^[A-Z]{3}$/, { message: "Use the ISO 3166-1 alpha-3 code" }),
        status: z.enum(COUNTRY_FUND_STATUSES),
        note: z.string().trim().max(500).default(""),
      }),
    )
    .max(250)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.country)) {
          ctx.addIssue({
            code: "custom",
            path: [index, "country"],
            message: "Listed twice",
            params: { code: "duplicate" },
          });
        }
        seen.add(entry.country);
      });
    }),
});
export type FundYearInput = z.infer<typeof fundYearInput>;

/** Reference data as the API returns it: each name in English, French and Spanish. */
import { z } from "zod";

export const localizedName = z.object({ en: z.string(), fr: z.string(), es: z.string() });
export type LocalizedName = z.infer<typeof localizedName>;
const coded = z.object({ code: z.string(), name: localizedName });

export const referenceData = z.object({
  regions: z.array(coded.extend({ office: z.string(), countries: z.array(z.string()) })),
  countries: z.array(
    z.object({ iso3: z.string(), iso2: z.string(), name: localizedName, region: z.string().nullable() }),
  ),
  areasOfWork: z.array(coded),
  activityTypes: z.array(coded),
  beneficiaryTypes: z.array(coded),
  fundLines: z.array(coded),
  genderMarkers: z.array(coded.extend({ description: localizedName })),
  strategyPoints: z.array(z.object({ number: z.number(), name: localizedName })),
  migof: z.array(coded.extend({ kind: z.enum(["principle", "objective"]) })),
  fundingYears: z.array(z.object({ year: z.number(), open: z.boolean() })),
});
export type ReferenceData = z.infer<typeof referenceData>;

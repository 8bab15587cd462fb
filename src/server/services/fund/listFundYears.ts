/** A funding year's parameters as stored (ceilings in cents), for the rules page and for updating them. */
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { fundCountryStatus, fundingYears, fundYearRules, users } from "../../db/schema";

export interface FundYearRecord {
  fundingYear: number;
  open: boolean;
  line2NationalCeilingCents: number;
  line2RegionalCeilingCents: number;
  countries: { country: string; status: "inArrears" | "notEligible"; note: string }[];
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string; name: string } | null;
}

export async function listFundYears(db: DbOrTx, year?: number): Promise<FundYearRecord[]> {
  const years = await db
    .select({
      year: fundYearRules.fundingYear,
      open: fundingYears.open,
      national: fundYearRules.line2NationalCeilingCents,
      regional: fundYearRules.line2RegionalCeilingCents,
      version: fundYearRules.version,
      updatedAt: fundYearRules.updatedAt,
      updatedById: users.id,
      updatedByName: users.name,
    })
    .from(fundYearRules)
    .innerJoin(fundingYears, eq(fundingYears.year, fundYearRules.fundingYear))
    .leftJoin(users, eq(users.id, fundYearRules.updatedById))
    .where(year === undefined ? undefined : eq(fundYearRules.fundingYear, year))
    .orderBy(asc(fundYearRules.fundingYear));
  const restrictions = await db
    .select()
    .from(fundCountryStatus)
    .where(year === undefined ? undefined : eq(fundCountryStatus.fundingYear, year))
    .orderBy(asc(fundCountryStatus.countryIso3));
  return years.map((y) => ({
    fundingYear: y.year,
    open: y.open,
    line2NationalCeilingCents: y.national,
    line2RegionalCeilingCents: y.regional,
    countries: restrictions
      .filter((r) => r.fundingYear === y.year)
      .map((r) => ({
        country: r.countryIso3,
        status: r.status as "inArrears" | "notEligible",
        note: r.note,
      })),
    version: y.version,
    updatedAt: y.updatedAt,
    updatedBy: y.updatedById ? { id: y.updatedById, name: y.updatedByName ?? "" } : null,
  }));
}

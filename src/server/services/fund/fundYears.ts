/** The fund manager keeps the fund's parameters per funding year; every change is audited. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import type { FundYearInput, FundYearSettings } from "../../../domain/fundSettings";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { Db, DbOrTx } from "../../db/client";
import { countries, fundCountryStatus, fundingYears, fundYearRules, users } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { recordAudit } from "../audit/recordAudit";

export async function listFundYears(db: DbOrTx, year?: number): Promise<FundYearSettings[]> {
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
    line2NationalCeiling: formatMoney(y.national),
    line2RegionalCeiling: formatMoney(y.regional),
    countries: restrictions
      .filter((r) => r.fundingYear === y.year)
      .map((r) => ({
        country: r.countryIso3,
        status: r.status as "inArrears" | "notEligible",
        note: r.note,
      })),
    version: y.version,
    updatedAt: y.updatedAt ? y.updatedAt.toISOString() : null,
    updatedBy: y.updatedById ? { id: y.updatedById, name: y.updatedByName ?? "" } : null,
  }));
}

const STALE_MESSAGE =
  "Someone else changed this funding year's rules after you opened them. Nothing was saved; reload to see their changes.";

export async function updateFundYear(
  db: Db,
  actor: Actor,
  year: number,
  input: FundYearInput,
  now: Date,
): Promise<FundYearSettings> {
  authorize(actor, "editFundRules");
  return db.transaction(async (tx) => {
    const [before] = await listFundYears(tx, year);
    if (!before) throw new NotFound("This funding year");
    if (before.version !== input.version) throw new Conflict(STALE_MESSAGE, { current: before });
    const codes = input.countries.map((c) => c.country);
    const known =
      codes.length === 0
        ? []
        : await tx.select({ iso3: countries.iso3 }).from(countries).where(inArray(countries.iso3, codes));
    const knownCodes = new Set(known.map((k) => k.iso3));
    const unknown = input.countries.flatMap((c, index) =>
      knownCodes.has(c.country)
        ? []
        : [
            {
              field: `countries.${index}.country`,
              code: "unknownCountry",
              message: `Unknown country ${c.country}`,
            },
          ],
    );
    if (unknown.length > 0) throw new Invalid(unknown);

    const updated = await tx
      .update(fundYearRules)
      .set({
        line2NationalCeilingCents: parseMoney(input.line2NationalCeiling) as number,
        line2RegionalCeilingCents: parseMoney(input.line2RegionalCeiling) as number,
        version: sql`${fundYearRules.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(and(eq(fundYearRules.fundingYear, year), eq(fundYearRules.version, input.version)))
      .returning({ year: fundYearRules.fundingYear });
    if (updated.length === 0) {
      const [latest] = await listFundYears(tx, year);
      throw new Conflict(STALE_MESSAGE, { current: latest });
    }
    await tx.delete(fundCountryStatus).where(eq(fundCountryStatus.fundingYear, year));
    if (input.countries.length > 0) {
      await tx.insert(fundCountryStatus).values(
        input.countries.map((c) => ({
          fundingYear: year,
          countryIso3: c.country,
          status: c.status,
          note: c.note,
        })),
      );
    }
    const [after] = (await listFundYears(tx, year)) as [FundYearSettings];
    const shape = (s: FundYearSettings) => ({
      line2NationalCeiling: s.line2NationalCeiling,
      line2RegionalCeiling: s.line2RegionalCeiling,
      countries: s.countries,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "fundYear",
      entityId: String(year),
      action: "update",
      before: shape(before),
      after: shape(after),
      at: now,
    });
    return after;
  });
}

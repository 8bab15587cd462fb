/** The fund manager changes a funding year's ceilings and country list; every change is audited. */
import { and, eq, inArray, sql } from "drizzle-orm";
import { Conflict, Invalid, NotFound } from "../../../domain/errors";
import type { FundYearInput } from "../../../domain/fundSettings";
import { formatMoney, parseMoney } from "../../../domain/money";
import type { Db } from "../../db/client";
import { countries, fundCountryStatus, fundYearRules } from "../../db/schema";
import type { Actor } from "../../policies/actor";
import { authorize } from "../../policies/authorize";
import { presentFundYear } from "../../presenters/fundYear";
import { recordAudit } from "../audit/recordAudit";
import { type FundYearRecord, listFundYears } from "./listFundYears";

const STALE_MESSAGE =
  "Someone else changed this funding year's rules after you opened them. Nothing was saved; reload to see their changes.";

export async function updateFundYear(
  db: Db,
  actor: Actor,
  year: number,
  input: FundYearInput,
  now: Date,
): Promise<FundYearRecord> {
  authorize(actor, "editFundRules");
  return db.transaction(async (tx) => {
    const [before] = await listFundYears(tx, year);
    if (!before) throw new NotFound("This funding year");
    // The error handler sends a conflict's details as they are, so they are shaped here.
    if (before.version !== input.version) {
      throw new Conflict(STALE_MESSAGE, { current: presentFundYear(before) });
    }
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
      throw new Conflict(STALE_MESSAGE, { current: latest && presentFundYear(latest) });
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
    const [after] = (await listFundYears(tx, year)) as [FundYearRecord];
    // The audit trail has always kept the ceilings as the page shows them.
    const shape = (s: FundYearRecord) => ({
      line2NationalCeiling: formatMoney(s.line2NationalCeilingCents),
      line2RegionalCeiling: formatMoney(s.line2RegionalCeilingCents),
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

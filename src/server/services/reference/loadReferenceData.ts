import { asc } from "drizzle-orm";
import type { ReferenceData } from "../../../domain/reference";
import type { DbOrTx } from "../../db/client";
import {
  activityTypes,
  areasOfWork,
  beneficiaryTypes,
  countries,
  fundingYears,
  fundLines,
  genderMarkers,
  migofElements,
  regions,
  strategyPoints,
} from "../../db/schema";

const name = (r: { nameEn: string; nameFr: string; nameEs: string }) => ({
  en: r.nameEn,
  fr: r.nameFr,
  es: r.nameEs,
});

export async function loadReferenceData(db: DbOrTx): Promise<ReferenceData> {
  const countryRows = await db.select().from(countries).orderBy(asc(countries.nameEn));
  const regionRows = await db.select().from(regions).orderBy(asc(regions.sort), asc(regions.code));
  const coded = async (
    table: typeof areasOfWork | typeof activityTypes | typeof beneficiaryTypes | typeof fundLines,
  ) =>
    (await db.select().from(table).orderBy(asc(table.sort), asc(table.code))).map((r) => ({
      code: r.code,
      name: name(r),
    }));
  return {
    regions: regionRows.map((r) => ({
      code: r.code,
      name: name(r),
      office: r.office,
      countries: countryRows.filter((c) => c.regionCode === r.code).map((c) => c.iso3),
    })),
    countries: countryRows.map((c) => ({ iso3: c.iso3, iso2: c.iso2, name: name(c), region: c.regionCode })),
    areasOfWork: await coded(areasOfWork),
    activityTypes: await coded(activityTypes),
    beneficiaryTypes: await coded(beneficiaryTypes),
    fundLines: await coded(fundLines),
    genderMarkers: (await db.select().from(genderMarkers).orderBy(asc(genderMarkers.sort))).map((g) => ({
      code: g.code,
      name: name(g),
      description: { en: g.descriptionEn, fr: g.descriptionFr, es: g.descriptionEs },
    })),
    strategyPoints: (await db.select().from(strategyPoints).orderBy(asc(strategyPoints.number))).map((s) => ({
      number: s.number,
      name: name(s),
    })),
    migof: (
      await db.select().from(migofElements).orderBy(asc(migofElements.sort), asc(migofElements.code))
    ).map((m) => ({
      code: m.code,
      kind: m.kind,
      name: name(m),
    })),
    fundingYears: await db.select().from(fundingYears).orderBy(asc(fundingYears.year)),
  };
}

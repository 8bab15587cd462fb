import { eq } from "drizzle-orm";
import isoCountries from "i18n-iso-countries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../client";
import * as schema from "../schema";
import { REGION_COUNTRIES } from "./reference/regionCountries";
import { REGIONS } from "./reference/regions";
import { seedReferenceData } from "./seedReferenceData";

const tables = {
  regions: schema.regions,
  countries: schema.countries,
  areasOfWork: schema.areasOfWork,
  activityTypes: schema.activityTypes,
  beneficiaryTypes: schema.beneficiaryTypes,
  fundLines: schema.fundLines,
  genderMarkers: schema.genderMarkers,
  strategyPoints: schema.strategyPoints,
  migofElements: schema.migofElements,
  fundingYears: schema.fundingYears,
};

// Starting PGlite compiles its WebAssembly, which takes seconds on a busy machine.
let database: Database;

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    counts[name] = await database.db.$count(table);
  }
  return counts;
}

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite", dataDir: null });
  await database.migrate();
  await seedReferenceData(database.db);
});

afterAll(async () => {
  await database.close();
});

describe("seedReferenceData", () => {
  it("loads the reference data of the seeds", async () => {
    expect(await countRows()).toEqual({
      regions: 9,
      countries: Object.keys(isoCountries.getAlpha3Codes()).length,
      areasOfWork: 7,
      activityTypes: 11,
      beneficiaryTypes: 13,
      fundLines: 2,
      genderMarkers: 4,
      strategyPoints: 12,
      migofElements: 6,
      fundingYears: 15,
    });
  });

  it("can run again on every start without changing anything", async () => {
    const before = await countRows();
    const countriesBefore = await database.db.select().from(schema.countries).orderBy(schema.countries.iso3);
    await seedReferenceData(database.db);
    expect(await countRows()).toEqual(before);
    expect(await database.db.select().from(schema.countries).orderBy(schema.countries.iso3)).toEqual(
      countriesBefore,
    );
  });

  it("gives every country a region and names in English, French and Spanish", async () => {
    const rows = await database.db.select().from(schema.countries);
    for (const country of rows) {
      expect(country.regionCode, country.iso3).not.toBeNull();
      expect(country.iso2).toMatch(/^[A-Z]{2}$/);
      expect(country.nameEn.length, country.iso3).toBeGreaterThan(1);
      expect(country.nameFr.length, country.iso3).toBeGreaterThan(1);
      expect(country.nameEs.length, country.iso3).toBeGreaterThan(1);
    }
    const ghana = rows.find((country) => country.iso3 === "GHA");
    expect(ghana).toMatchObject({ iso2: "GH", nameFr: "Ghana", regionCode: "WCA" });
  });

  it("places each ISO code in exactly one region and knows no other code", () => {
    const iso3Codes = new Set(Object.keys(isoCountries.getAlpha3Codes()));
    const listed = Object.values(REGION_COUNTRIES).flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((code) => !iso3Codes.has(code))).toEqual([]);
    expect([...iso3Codes].filter((code) => !listed.includes(code))).toEqual([]);
  });

  it("names every region after its regional office", async () => {
    const rows = await database.db.select().from(schema.regions).orderBy(schema.regions.sort);
    expect(rows.map((region) => [region.code, region.office])).toEqual(
      REGIONS.map((r) => [r.code, r.office]),
    );
  });

  it("opens only 2026 and 2027 for proposals", async () => {
    const open = await database.db
      .select()
      .from(schema.fundingYears)
      .where(eq(schema.fundingYears.open, true));
    expect(open.map((row) => row.year)).toEqual([2026, 2027]);
  });
  it("keeps the regions and open years that people changed in the application", async () => {
    await database.db
      .update(schema.countries)
      .set({ regionCode: "EEA" })
      .where(eq(schema.countries.iso3, "TUR"));
    await database.db
      .update(schema.fundingYears)
      .set({ open: false })
      .where(eq(schema.fundingYears.year, 2027));
    await seedReferenceData(database.db);
    const [turkey] = await database.db
      .select()
      .from(schema.countries)
      .where(eq(schema.countries.iso3, "TUR"));
    const [year] = await database.db
      .select()
      .from(schema.fundingYears)
      .where(eq(schema.fundingYears.year, 2027));
    expect(turkey?.regionCode).toBe("EEA");
    expect(year?.open).toBe(false);
  });
});

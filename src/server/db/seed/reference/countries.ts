/**
 * Every country and territory of ISO 3166-1, named in English, French and Spanish by the
 * i18n-iso-countries package, and placed in the region of REGION_COUNTRIES.
 */
import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import type { countries } from "../../schema";
import { REGION_COUNTRIES } from "./regionCountries";
import type { RegionCode } from "./regions";

// Registered explicitly: the package registers every locale only in its Node entry point.
isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);
isoCountries.registerLocale(es);

export type CountryRow = typeof countries.$inferInsert;

export function regionByCountry(): Map<string, RegionCode> {
  const regionByIso3 = new Map<string, RegionCode>();
  for (const [region, codes] of Object.entries(REGION_COUNTRIES) as [RegionCode, readonly string[]][]) {
    for (const iso3 of codes) regionByIso3.set(iso3, region);
  }
  return regionByIso3;
}

function nameIn(iso2: string, locale: "en" | "fr" | "es"): string {
  const name = isoCountries.getName(iso2, locale);
  if (!name) throw new Error(`i18n-iso-countries has no ${locale} name for ${iso2}`);
  return name;
}

/** One row per ISO code, sorted by alpha-3 code; throws if a code has no region. */
export function buildCountryRows(): CountryRow[] {
  const regionByIso3 = regionByCountry();
  return Object.entries(isoCountries.getAlpha3Codes())
    .map(([iso3, iso2]) => {
      const regionCode = regionByIso3.get(iso3);
      if (!regionCode) throw new Error(`Country ${iso3} has no region in REGION_COUNTRIES`);
      return {
        iso3,
        iso2,
        nameEn: nameIn(iso2, "en"),
        nameFr: nameIn(iso2, "fr"),
        nameEs: nameIn(iso2, "es"),
        regionCode,
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

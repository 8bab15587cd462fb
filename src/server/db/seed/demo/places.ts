/**
 * Where demo projects take place: developing Member States of each region, mostly those listed
 * in the 2016 funding tables (seed 001), and how a title names them.
 */
import { buildCountryRows } from "../reference/countries";
import { REGIONS, type RegionCode } from "../reference/regions";

// biome-ignore format: one line per region reads better than one code per line
export const DEMO_COUNTRIES: Record<RegionCode, readonly string[]> = {
  SAF: ["AGO", "BWA", "COM", "COD", "LSO", "MDG", "MWI", "MUS", "MOZ", "NAM", "ZAF", "SWZ", "ZMB", "ZWE"],
  EHA: ["BDI", "DJI", "ETH", "KEN", "RWA", "SOM", "SSD", "UGA", "TZA"],
  WCA: ["BEN", "BFA", "CPV", "CMR", "CAF", "TCD", "COG", "CIV", "GHA", "GIN", "GMB", "GNB", "LBR", "MLI", "MRT", "NER", "NGA", "SEN", "SLE", "TGO"],
  CNC: ["BLZ", "CRI", "DOM", "SLV", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "TTO"],
  SAM: ["ARG", "BOL", "BRA", "CHL", "COL", "ECU", "PRY", "PER", "URY", "VEN"],
  MENA: ["DZA", "EGY", "IRQ", "JOR", "LBN", "LBY", "MAR", "SDN", "TUN", "YEM"],
  AP: ["AFG", "BGD", "KHM", "FJI", "IND", "IDN", "LAO", "MDV", "MHL", "FSM", "MNG", "MMR", "NPL", "PAK", "PHL", "PNG", "LKA", "THA", "TLS", "VUT", "VNM"],
  EEA: ["BGR", "HRV", "LVA", "LTU", "ROU"],
  SEECA: ["ALB", "ARM", "AZE", "BLR", "BIH", "GEO", "KAZ", "KGZ", "MNE", "MDA", "MKD", "SRB", "TJK", "TKM", "TUR", "UKR", "UZB"],
};

const nameByIso3 = new Map(buildCountryRows().map((country) => [country.iso3, country.nameEn]));
const regionNames = new Map<string, string>(REGIONS.map((region) => [region.code, region.nameEn]));
const REGIONS_WITH_ARTICLE: readonly RegionCode[] = ["EHA", "MENA", "EEA"];

/** Where the package's official English name reads oddly in a sentence. */
const NAME_IN_TITLE: Record<string, string> = {
  CIV: "Côte d'Ivoire",
  CPV: "Cabo Verde",
  GMB: "the Gambia",
  MKD: "North Macedonia",
};

/** "Moldova, Republic of" becomes "the Republic of Moldova", "Philippines" stays as it is. */
export function countryInTitle(iso3: string): string {
  const override = NAME_IN_TITLE[iso3];
  if (override) return override;
  const name = nameByIso3.get(iso3);
  if (!name) throw new Error(`Unknown country ${iso3}`);
  const inverted = /^(.+), (.+ of)$/.exec(name);
  const natural = (inverted ? `${inverted[2]} ${inverted[1]}` : name).replace(/^The /, "");
  return /^(United|Republic|Democratic|Islamic|Federated|Russian|Central African|Dominican|Lao|Philippines|Comoros|Maldives)|Islands$/.test(
    natural,
  )
    ? `the ${natural}`
    : natural;
}

/** "Ghana", "Ghana and Togo", "Ghana, Niger and Togo", or the region when a project covers many. */
export function placeInTitle(countries: readonly string[], regionCode: RegionCode | null): string {
  if (regionCode === null) return "developing Member States";
  if (countries.length > 3) {
    return `${REGIONS_WITH_ARTICLE.includes(regionCode) ? "the " : ""}${regionNames.get(regionCode)}`;
  }
  const names = countries.map(countryInTitle);
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

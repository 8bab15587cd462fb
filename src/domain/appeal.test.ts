import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AREAS_OF_WORK } from "../server/db/seed/reference/areasOfWork";
import { buildCountryRows } from "../server/db/seed/reference/countries";
import { REGIONS } from "../server/db/seed/reference/regions";
import { type AppealReference, countryMatcher, parseAmount, parseAppealText } from "./appeal";

const REFERENCE: AppealReference = {
  regions: REGIONS,
  areas: AREAS_OF_WORK,
  countries: buildCountryRows().map((c) => ({
    iso3: c.iso3,
    nameEn: c.nameEn,
    regionCode: c.regionCode ?? null,
  })),
};
const TEXT = readFileSync(new URL("../server/db/seed/reference/appeal-2016.txt", import.meta.url), "utf8");
const parsed = parseAppealText(TEXT, REFERENCE);
const USD = 100;

function requirement(region: string | null, country: string | null, area: string | null) {
  return parsed.requirements.find(
    (r) => r.regionCode === region && r.countryIso3 === country && r.areaCode === area,
  )?.amountCents;
}
const sum = (filter: (r: (typeof parsed.requirements)[number]) => boolean) =>
  parsed.requirements.filter(filter).reduce((total, r) => total + r.amountCents, 0);

describe("the 2016 funding requirements of seed 001", () => {
  it("reads every line without an error", () => {
    expect(parsed.errors).toEqual([]);
  });

  it("finds the overview's total of USD 1,946,909,000", () => {
    expect(parsed.overviewTotalCents).toBe(1_946_909_000 * USD);
  });

  it("finds a country table for eight regions; Southern Africa has none and keeps its overview figures", () => {
    expect(parsed.tables).toEqual(["EHA", "WCA", "CNC", "SAM", "MENA", "AP", "EEA", "SEECA"]);
    expect(parsed.overviewOnly).toEqual(["SAF"]);
    expect(requirement("SAF", null, "EPC")).toBe(28_580_000 * USD);
    expect(sum((r) => r.regionCode === "SAF")).toBe(99_735_000 * USD);
  });

  it.each([
    ["EHA", "BDI", "EPC", 4_000_000],
    ["EHA", "TZA", "MH", 300_000],
    ["WCA", "COG", "MPR", 400_000],
    ["WCA", "CIV", "IBM", 5_000_000],
    ["SAM", "BOL", "EPC", 900_000],
    ["SAM", "VEN", "MPR", 850_000],
    ["AP", "CHN", "IBM", 2_000_000],
    ["AP", "HKG", "MA", 200_000],
    ["AP", "KOR", "LHD", 200_000],
    ["EEA", "NLD", "MA", 12_000_000],
    ["SEECA", "XKK", "LHD", 5_000_000],
    ["SEECA", "MKD", "IBM", 500_000],
    ["SEECA", "TUR", "MPR", 600_000],
    ["WCA", null, "MA", 30_000_000],
    [null, null, null, 52_345_000],
  ])("%s %s %s = USD %i", (region, country, area, usd) => {
    expect(requirement(region, country, area)).toBe(usd * USD);
  });

  it("stores nothing for a dash", () => {
    expect(requirement("EHA", "BDI", "MECC")).toBeUndefined();
    expect(parsed.requirements.some((r) => r.countryIso3 === "AUS")).toBe(false);
    expect(parsed.requirements.every((r) => r.amountCents > 0)).toBe(true);
  });

  it("keeps each region's detailed figures, which add up to its table's total", () => {
    expect(sum((r) => r.regionCode === "EHA")).toBe(207_625_000 * USD);
    expect(sum((r) => r.regionCode === "AP")).toBe(240_734_000 * USD);
    expect(sum((r) => r.regionCode === "SEECA")).toBe(125_925_000 * USD);
    expect(parsed.totalCents).toBe(1_946_969_000 * USD);
  });

  it("reports the source's discrepancies as warnings", () => {
    const messages = parsed.warnings.map((w) => `${w.code}@${w.line}: ${w.message}`);
    expect(messages).toEqual([
      "rowTotal@9: Overview, Emergency, operations and post-crisis: the figures add up to USD 738,960,000; the total says USD 738,900,000",
      "rowTotal@17: Overview, Total: the figures add up to USD 1,939,119,000; the total says USD 1,946,909,000",
      "columnTotal@17: Overview, South-Eastern Europe, Eastern Europe and Central Asia: the rows add up to USD 125,925,000; the Total row says USD 118,075,000",
      "overviewDiffers@248: South-Eastern Europe, Eastern Europe and Central Asia, Total: the country table gives USD 125,925,000; the overview says USD 118,075,000",
      "noCountryTable@null: No country table for Southern Africa: its overview figures are kept for the region as a whole",
      "grandTotal@null: The detailed figures add up to USD 1,946,969,000; the overview says USD 1,946,909,000",
    ]);
  });
});

describe("reading a table", () => {
  const header = "\tEmergency, operations and post-crisis\tMigration health\tTotal";
  const overview = "\tEast and Horn of Africa\tTotal\nMigration health\t1,000\t1,000\nTotal\t1,000\t1,000\n";
  const parse = (table: string) =>
    parseAppealText(`${overview}\nEast and Horn of Africa\n${header}\n${table}`, REFERENCE);

  it("lists an unknown country and an unreadable amount with their lines", () => {
    const result = parse("Atlantis\t1\t2\t3\nKenya\t1,00\t-\t1,00\nTotal\t-\t-\t-");
    expect(result.errors).toEqual([
      { line: 7, code: "unknownName", message: 'Unknown country: "Atlantis"' },
      { line: 8, code: "badAmount", message: '"Kenya": not an amount: 1,00, 1,00' },
    ]);
  });

  it("refuses a row with too few figures", () => {
    expect(parse("Kenya\t1\t2").errors.map((e) => e.code)).toEqual(["cellCount"]);
  });

  it("warns when a row's total is not the sum of its figures", () => {
    const result = parse("Kenya\t1,000\t-\t2,000\nTotal\t1,000\t-\t2,000");
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.line])).toContainEqual(["rowTotal", 7]);
  });

  it("reads amounts as exact cents", () => {
    expect(parseAmount("1,946,909,000")).toBe(194_690_900_000);
    expect(parseAmount("12.5")).toBe(1250);
    expect(parseAmount("-")).toBeNull();
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("1.234")).toBeUndefined();
    expect(parseAmount("ten")).toBeUndefined();
  });

  it.each([
    ["Congo, Republic of the", "COG"],
    ["Côte d'Ivoire", "CIV"],
    ["United Republic of Tanzania", "TZA"],
    ["Iran, Islamic Republic of", "IRN"],
    ["Republic of Moldova", "MDA"],
    ["Netherlands, the", "NLD"],
    ["Viet Nam", "VNM"],
    ["Narnia", null],
  ])("matches %s to %s", (name, iso3) => {
    expect(countryMatcher(REFERENCE.countries)(name)).toBe(iso3);
  });
});

/**
 * Reads an appeal's funding requirements from the tab-separated tables of Migration Initiatives
 * 2016 (seed 001): the overview (programmatic area × region, with a multi-regional row and column)
 * and one table per region (country × area, "Regional programmes", "Total"). "-" means nothing.
 *
 * Pure: the reference data (regions, areas, countries with their English names) is passed in.
 * Unreadable lines are errors (nothing may be stored); totals that do not add up are warnings,
 * because the published text has some and its detailed figures are what we keep.
 */
import {
  type AppealIssue,
  checkTable,
  compareWithOverview,
  formatUsd,
  MULTI,
  REGIONAL_PROGRAMMES,
  sumOf,
  type Table,
  TOTAL,
} from "./appealChecks";

export type { AppealIssue } from "./appealChecks";
export { formatUsd } from "./appealChecks";

export interface AppealReference {
  regions: readonly { code: string; nameEn: string }[];
  areas: readonly { code: string; nameEn: string }[];
  countries: readonly { iso3: string; nameEn: string; regionCode: string | null }[];
}

/** One stored figure: region null = multi-regional; country null = the region as a whole. */
export interface AppealRequirement {
  regionCode: string | null;
  countryIso3: string | null;
  areaCode: string | null;
  amountCents: number;
}

export interface ParsedAppeal {
  requirements: AppealRequirement[];
  /** Region codes with a country table, in the order of the text. */
  tables: string[];
  /** Region codes whose figures come from the overview only (no country table in the text). */
  overviewOnly: string[];
  /** The overview's grand total, null without an overview. */
  overviewTotalCents: number | null;
  totalCents: number;
  warnings: AppealIssue[];
  errors: AppealIssue[];
}

/**
 * Names of the 2016 text that differ from the ISO names of the reference data (after folding
 * case, accents, punctuation, "the", and "Name, Qualifier" into "Qualifier Name").
 * "Plunational" is the text's own misspelling.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  "cabo verde": "CPV",
  china: "CHN",
  "bolivia plurinational state of": "BOL",
  "bolivia plunational state of": "BOL",
  "venezuela bolivarian republic of": "VEN",
  "hong kong sar china": "HKG",
  "republic of korea": "KOR",
  "viet nam": "VNM",
  "unsc resolution 1244 administered kosovo": "XKK",
  "former yugoslav republic of macedonia": "MKD",
  turkey: "TUR",
};

/** Folds a name for comparison: no accents, lower case, words only, without "the". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((word) => word !== "" && word !== "the")
    .join(" ");
}

/** The folded name and, for "Congo, Republic of the", the folded "Republic of the Congo". */
function foldedForms(name: string): string[] {
  const comma = name.indexOf(",");
  const forms = [foldName(name)];
  if (comma > 0) forms.push(foldName(`${name.slice(comma + 1)} ${name.slice(0, comma)}`));
  return forms;
}

export function countryMatcher(countries: AppealReference["countries"]): (name: string) => string | null {
  const byName = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  for (const country of countries)
    for (const form of foldedForms(country.nameEn)) byName.set(form, country.iso3);
  return (name) => {
    for (const form of foldedForms(name)) {
      const iso3 = byName.get(form);
      if (iso3) return iso3;
    }
    return null;
  };
}

const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** "4,000,000" → cents; "-" or an empty cell → null (nothing); anything else → undefined. */
export function parseAmount(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === "" || /^[-–—]$/.test(text)) return null;
  const match = AMOUNT.exec(text);
  if (!match?.[1]) return undefined;
  const cents = Number(match[1].replaceAll(",", "")) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

export function parseAppealText(text: string, reference: AppealReference): ParsedAppeal {
  const errors: AppealIssue[] = [];
  const warnings: AppealIssue[] = [];
  const regionByName = new Map(reference.regions.map((r) => [foldName(r.nameEn), r.code]));
  const areaByName = new Map(reference.areas.map((a) => [foldName(a.nameEn), a.code]));
  const countryIso3 = countryMatcher(reference.countries);
  const countryRegion = new Map(reference.countries.map((c) => [c.iso3, c.regionCode]));
  const regionName = new Map(reference.regions.map((r) => [r.code, r.nameEn]));
  const areaName = new Map(reference.areas.map((a) => [a.code, a.nameEn]));
  const nameOf = (key: string) =>
    key === MULTI
      ? "Multi-regional"
      : key === TOTAL
        ? "Total"
        : (regionName.get(key) ?? areaName.get(key) ?? key);

  const tables: Table[] = [];
  let overview: Table | null = null;
  let currentRegion: string | null = null;
  let open: Table | null = null;

  const columnKey = (label: string): string | undefined => {
    const folded = foldName(label);
    if (folded === "total") return TOTAL;
    if (folded === "multi regional" || folded === "multiregional") return MULTI;
    return regionByName.get(folded) ?? areaByName.get(folded);
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const cells = raw.split("\t").map((cell) => cell.trim());
    if (cells.length === 1) {
      const region = regionByName.get(foldName(raw));
      if (region) currentRegion = region;
      // A blank line, a heading or a caption ends a table.
      open = null;
      return;
    }
    if (cells[0] === "") {
      const labels = cells.slice(1).filter((cell, i, all) => cell !== "" || i < all.length - 1);
      const columns = labels.map(columnKey);
      const unknown = labels.filter((_, i) => columns[i] === undefined);
      if (unknown.length > 0) {
        errors.push({
          line,
          code: "unknownColumn",
          message: `Unknown column heading: ${unknown.join(", ")}`,
        });
        return;
      }
      const keys = columns as string[];
      const isOverview = keys.some((key) => regionName.has(key));
      if (isOverview) {
        if (overview) errors.push({ line, code: "duplicateOverview", message: "A second overview table" });
        overview = { region: null, line, columns: keys, rows: [] };
        open = overview;
      } else if (!currentRegion) {
        errors.push({
          line,
          code: "tableWithoutRegion",
          message: "A country table before any region heading",
        });
      } else if (tables.some((t) => t.region === currentRegion)) {
        errors.push({ line, code: "duplicateTable", message: `A second table for ${nameOf(currentRegion)}` });
      } else {
        open = { region: currentRegion, line, columns: keys, rows: [] };
        tables.push(open);
      }
      return;
    }
    const table = open as Table | null;
    if (!table) {
      errors.push({
        line,
        code: "rowOutsideTable",
        message: `A table row without a table heading: "${cells[0]}"`,
      });
      return;
    }
    const [label = "", ...figures] = cells;
    while (figures.length > table.columns.length && figures.at(-1) === "") figures.pop();
    if (figures.length !== table.columns.length) {
      errors.push({
        line,
        code: "cellCount",
        message: `"${label}": ${figures.length} figures where the heading has ${table.columns.length}`,
      });
      return;
    }
    const amounts = figures.map(parseAmount);
    const bad = figures.filter((_, i) => amounts[i] === undefined);
    if (bad.length > 0) {
      errors.push({ line, code: "badAmount", message: `"${label}": not an amount: ${bad.join(", ")}` });
      return;
    }
    const folded = foldName(label);
    let key: string | undefined;
    if (folded === "total") key = TOTAL;
    else if (table.region === null)
      key = folded.replace(" ", "") === "multiregional" ? MULTI : areaByName.get(folded);
    else if (folded === "regional programmes") key = REGIONAL_PROGRAMMES;
    else key = countryIso3(label) ?? undefined;
    if (!key) {
      const what = table.region === null ? "programmatic area" : "country";
      errors.push({ line, code: "unknownName", message: `Unknown ${what}: "${label}"` });
      return;
    }
    if (table.rows.some((row) => row.key === key)) {
      errors.push({ line, code: "duplicateRow", message: `"${label}" appears twice in the same table` });
      return;
    }
    if (
      table.region &&
      key !== TOTAL &&
      key !== REGIONAL_PROGRAMMES &&
      countryRegion.get(key) !== table.region
    ) {
      warnings.push({
        line,
        code: "countryElsewhere",
        message: `${label} is listed under ${nameOf(table.region)}, which is not its region in PRIMA`,
      });
    }
    table.rows.push({
      line,
      label,
      key,
      cells: new Map(table.columns.map((column, i) => [column, amounts[i] ?? null])),
    });
  });

  const overviewTable = overview as Table | null;
  if (!overviewTable)
    errors.push({ line: null, code: "noOverview", message: "No overview of funding requirements" });
  for (const table of tables) checkTable(table, nameOf, warnings);
  if (overviewTable) checkTable(overviewTable, nameOf, warnings);

  const requirements: AppealRequirement[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.key === TOTAL) continue;
      for (const [column, amount] of row.cells) {
        if (column === TOTAL || !amount) continue;
        const country = row.key === REGIONAL_PROGRAMMES ? null : row.key;
        requirements.push({
          regionCode: table.region,
          countryIso3: country,
          areaCode: column,
          amountCents: amount,
        });
      }
    }
  }
  const overviewOnly: string[] = [];
  if (overviewTable) {
    compareWithOverview(overviewTable, tables, nameOf, warnings);
    const tabled = new Set(tables.map((t) => t.region));
    for (const row of overviewTable.rows) {
      if (row.key === TOTAL) continue;
      for (const [column, amount] of row.cells) {
        if (column === TOTAL || !amount || tabled.has(column)) continue;
        const regionCode = column === MULTI ? null : column;
        if (regionCode && !overviewOnly.includes(regionCode)) overviewOnly.push(regionCode);
        requirements.push({
          regionCode,
          countryIso3: null,
          areaCode: row.key === MULTI ? null : row.key,
          amountCents: amount,
        });
      }
    }
    for (const region of overviewOnly) {
      warnings.push({
        line: null,
        code: "noCountryTable",
        message: `No country table for ${nameOf(region)}: its overview figures are kept for the region as a whole`,
      });
    }
  }
  const totalCents = sumOf(requirements.map((r) => r.amountCents));
  const overviewTotalCents = overviewTable?.rows.find((r) => r.key === TOTAL)?.cells.get(TOTAL) ?? null;
  if (overviewTotalCents !== null && overviewTotalCents !== totalCents) {
    warnings.push({
      line: null,
      code: "grandTotal",
      message: `The detailed figures add up to ${formatUsd(totalCents)}; the overview says ${formatUsd(overviewTotalCents)}`,
    });
  }
  return {
    requirements,
    tables: tables.map((t) => t.region as string),
    overviewOnly,
    overviewTotalCents,
    totalCents,
    warnings,
    errors,
  };
}

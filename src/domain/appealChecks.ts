/**
 * The consistency checks of an appeal's tables: every total against the figures it sums, and each
 * region's country table against the overview. Differences are warnings, never errors.
 */
export interface AppealIssue {
  /** 1-based line of the imported text, null when the issue concerns the whole text. */
  line: number | null;
  code: string;
  message: string;
}

export const MULTI = "*multi";
export const TOTAL = "*total";
export const REGIONAL_PROGRAMMES = "*regional";

export function formatUsd(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString("en-US");
  return `USD ${whole}${cents % 100 === 0 ? "" : `.${String(Math.abs(cents % 100)).padStart(2, "0")}`}`;
}

export interface Row {
  line: number;
  label: string;
  /** Row key: area code, country ISO3, MULTI, REGIONAL_PROGRAMMES or TOTAL. */
  key: string;
  cells: Map<string, number | null>;
}

export interface Table {
  region: string | null; // null: the overview
  line: number;
  columns: string[];
  rows: Row[];
}

export const sumOf = (values: Iterable<number | null | undefined>) => {
  let sum = 0;
  for (const value of values) sum += value ?? 0;
  return sum;
};

/** Each row's total against its cells, and the Total row against each column. */
export function checkTable(table: Table, nameOf: (key: string) => string, warnings: AppealIssue[]) {
  const where = table.region ? nameOf(table.region) : "Overview";
  const parts = table.columns.filter((column) => column !== TOTAL);
  const hasTotalColumn = table.columns.includes(TOTAL);
  for (const row of table.rows) {
    if (!hasTotalColumn) break;
    const sum = sumOf(parts.map((column) => row.cells.get(column)));
    const stated = row.cells.get(TOTAL) ?? 0;
    if (sum !== stated) {
      warnings.push({
        line: row.line,
        code: "rowTotal",
        message: `${where}, ${row.label}: the figures add up to ${formatUsd(sum)}; the total says ${formatUsd(stated)}`,
      });
    }
  }
  const totalRow = table.rows.find((row) => row.key === TOTAL);
  if (!totalRow) {
    warnings.push({ line: table.line, code: "noTotalRow", message: `${where}: the table has no Total row` });
    return;
  }
  for (const column of table.columns) {
    const sum = sumOf(table.rows.filter((row) => row !== totalRow).map((row) => row.cells.get(column)));
    const stated = totalRow.cells.get(column) ?? 0;
    if (sum !== stated) {
      warnings.push({
        line: totalRow.line,
        code: "columnTotal",
        message: `${where}, ${nameOf(column)}: the rows add up to ${formatUsd(sum)}; the Total row says ${formatUsd(stated)}`,
      });
    }
  }
}

/** Each region's table (its detailed figures) against the overview's column for that region. */
export function compareWithOverview(
  overview: Table,
  tables: Table[],
  nameOf: (key: string) => string,
  warnings: AppealIssue[],
) {
  for (const table of tables) {
    const region = table.region as string;
    if (!overview.columns.includes(region)) {
      warnings.push({
        line: table.line,
        code: "notInOverview",
        message: `${nameOf(region)} is not in the overview`,
      });
      continue;
    }
    const detail = (column: string) =>
      sumOf(table.rows.filter((row) => row.key !== TOTAL).map((row) => row.cells.get(column)));
    const line = table.rows.find((row) => row.key === TOTAL)?.line ?? table.line;
    for (const row of overview.rows) {
      const stated = row.cells.get(region) ?? 0;
      const detailed =
        row.key === TOTAL
          ? sumOf(table.columns.filter((c) => c !== TOTAL).map(detail))
          : row.key === MULTI
            ? 0
            : detail(row.key);
      if (detailed !== stated) {
        warnings.push({
          line,
          code: "overviewDiffers",
          message: `${nameOf(region)}, ${nameOf(row.key)}: the country table gives ${formatUsd(detailed)}; the overview says ${formatUsd(stated)}`,
        });
      }
    }
  }
}

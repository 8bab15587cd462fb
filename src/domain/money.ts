/**
 * Money is held as integer cents (USD minor units) so that sums and ceilings are exact.
 * Inputs arrive as decimal strings ("200000.00") or JSON numbers with at most two decimals.
 */

/** The largest request PRIMA accepts: far above any fund ceiling, low enough to catch typos. */
export const MAX_BUDGET_CENTS = 100_000_000_000; // USD 1,000,000,000.00

const DECIMAL = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses "1234.5" or 1234.5 into cents; returns null for anything that is not exact money. */
export function parseMoney(value: string | number): number | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Formats cents as a plain decimal string with two decimals, the API's money format. */
export function formatMoney(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * An amount typed as a language writes it, as the plain decimal the API takes: "1,500,000" (en),
 * "1 500 000,50" (fr), "1.500.000" (es). The group separator is only dropped between whole groups
 * of three digits, so that a point typed as a decimal point where the language groups with points
 * ("1500000.50" in Spanish) is not read as a thousands separator: anything else stays as typed,
 * for the form's check to refuse.
 */
export function plainAmount(text: string, separators: { group: string; decimal: string }): string {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  const { group, decimal } = separators;
  const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const grouped = new RegExp(`^(\\d{1,3}(?:${literal(group)}\\d{3})+)(?:${literal(decimal)}(\\d+))?$`);
  const match = group.trim() === "" ? null : grouped.exec(compact);
  if (match)
    return `${(match[1] as string).split(group).join("")}${match[2] === undefined ? "" : `.${match[2]}`}`;
  const plain = new RegExp(`^(\\d+)${literal(decimal)}(\\d+)$`).exec(compact);
  return plain && decimal !== "." ? `${plain[1]}.${plain[2]}` : compact;
}

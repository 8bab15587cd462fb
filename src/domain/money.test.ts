import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "./money";

describe("money", () => {
  it.each([
    ["200000", 20_000_000],
    ["199999.99", 19_999_999],
    ["200000.01", 20_000_001],
    ["0.1", 10],
    [199999.99, 19_999_999],
    [0.07, 7],
  ] as const)("parses %s exactly", (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(["", "abc", "1.234", "-5", "1e5", "1,000", "12345678901234"])("refuses %j", (input) => {
    expect(parseMoney(input)).toBeNull();
  });

  it("formats cents with two decimals", () => {
    expect(formatMoney(20_000_001)).toBe("200000.01");
    expect(formatMoney(5)).toBe("0.05");
  });
});

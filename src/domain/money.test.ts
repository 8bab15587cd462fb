import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney, plainAmount } from "./money";

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

describe("plainAmount", () => {
  const separatorsOf = (locale: string) => {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    return {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    };
  };
  const en = separatorsOf("en-US");
  const fr = separatorsOf("fr-FR");
  const es = separatorsOf("es-ES");

  it("reads amounts as each language writes them", () => {
    expect(plainAmount("1,500,000", en)).toBe("1500000");
    expect(plainAmount("175,000.00", en)).toBe("175000.00");
    expect(plainAmount("1\u202f500\u202f000,50", fr)).toBe("1500000.50");
    expect(plainAmount("1 500 000,50", fr)).toBe("1500000.50");
    expect(plainAmount("1.500.000", es)).toBe("1500000");
    expect(plainAmount("1.500.000,25", es)).toBe("1500000.25");
  });

  it("never takes a decimal point for a thousands separator, and leaves the unreadable as typed", () => {
    expect(plainAmount("1500000.50", es)).toBe("1500000.50");
    expect(plainAmount("1500000.50", fr)).toBe("1500000.50");
    expect(plainAmount("1,50", en)).toBe("1,50");
    expect(plainAmount("12,34,567", en)).toBe("12,34,567");
  });

  it("gives back any amount the language's own formatting wrote", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.constantFrom("en-US", "fr-FR", "es-ES"),
        (cents, locale) => {
          const plain = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
          const written = new Intl.NumberFormat(locale, {
            minimumFractionDigits: 2,
            useGrouping: "always",
          }).format(plain as Intl.StringNumericLiteral);
          expect(plainAmount(written, separatorsOf(locale))).toBe(plain);
        },
      ),
    );
  });
});

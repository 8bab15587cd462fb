/** Money in other currencies stays exact: minor units per currency, conversion to the cent. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCY_CODES, currencyExponent, formatAmount, parseAmount } from "./currencies";
import { formatRate, parseRate, toUsdCents } from "./exchangeRates";

const currency = fc.constantFrom(...CURRENCY_CODES);
/** Up to the largest amount PRIMA takes in any currency (a trillion major units). */
const minor = fc.bigInt({ min: 0n, max: 10n ** 12n });
const rate = fc.bigInt({ min: 1n, max: 10n ** 14n });

describe("currencies and conversion", () => {
  it("knows the exponents of ISO 4217: JPY none, KWD three, EUR two", () => {
    expect([currencyExponent("JPY"), currencyExponent("KWD"), currencyExponent("EUR")]).toEqual([0, 3, 2]);
    expect(parseAmount("1.5", "JPY")).toBeNull();
    expect(parseAmount("1.125", "KWD")).toBe(1125n);
    expect(parseAmount("1.125", "EUR")).toBeNull();
  });

  it("formats and parses every amount of every currency back to the same minor units", () => {
    fc.assert(
      fc.property(currency, minor, (code, amount) => {
        const text = formatAmount(amount, code);
        expect(parseAmount(text, code)).toBe(amount);
        expect(text.split(".")[1]?.length ?? 0).toBe(currencyExponent(code));
      }),
    );
  });

  it("formats and parses every rate back to the same value", () => {
    fc.assert(
      fc.property(rate, (r) => {
        expect(parseRate(formatRate(r))).toBe(r);
      }),
    );
  });

  it("converts to the nearest cent, half away from zero, against exact rational arithmetic", () => {
    fc.assert(
      fc.property(currency, minor, rate, (code, amount, r) => {
        const cents = toUsdCents(amount, code, r);
        // exact value in cents = amount × r × 100 / 10^(exponent + 8); |cents − exact| ≤ ½
        const denominator = 10n ** BigInt(currencyExponent(code) + 8);
        const twiceError = 2n * (cents * denominator - amount * r * 100n);
        expect(twiceError <= denominator && twiceError > -denominator).toBe(true);
      }),
    );
  });

  it("a project's USD total equals the sum of its converted sources to the cent, whatever their order", () => {
    const source = fc.record({ code: currency, amount: minor, r: rate });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 20 }), (sources) => {
        const converted = sources.map((s) => toUsdCents(s.amount, s.code, s.r));
        const total = converted.reduce((a, b) => a + b, 0n);
        const reversed = [...sources].reverse().reduce((a, s) => a + toUsdCents(s.amount, s.code, s.r), 0n);
        expect(reversed).toBe(total);
        // every source of a currency at one unit = one USD converts to its face value in cents
        for (const s of sources) {
          if (currencyExponent(s.code) <= 2) {
            expect(toUsdCents(s.amount, s.code, 10n ** 8n)).toBe(
              s.amount * 10n ** BigInt(2 - currencyExponent(s.code)),
            );
          }
        }
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateCents, shareAmounts } from "./allocation";

const FULL = 10_000; // 100 % in hundredths of a percent
const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0);

describe("allocateCents", () => {
  it.each([
    { case: "three thirds of 10 cents", total: 10, weights: [3333, 3333, 3334], parts: [3, 3, 4] },
    { case: "halves of one cent", total: 1, weights: [5000, 5000], parts: [1, 0] },
    {
      case: "an even split",
      total: 100_000_00,
      weights: [2500, 2500, 5000],
      parts: [25_000_00, 25_000_00, 50_000_00],
    },
    { case: "one share of everything", total: 123_45, weights: [FULL], parts: [123_45] },
    {
      case: "seven equal-ish shares of 1 USD",
      total: 100,
      weights: [1429, 1429, 1429, 1429, 1428, 1428, 1428],
      parts: [15, 15, 14, 14, 14, 14, 14],
    },
  ])("$case adds up to the budget", ({ total, weights, parts }) => {
    const result = allocateCents(total, weights, FULL);
    expect(result).toEqual(parts);
    expect(sum(result)).toBe(total);
  });

  it("always adds up when the shares cover 100 %, where rounding each share does not", () => {
    const weights = [3333, 3333, 3334];
    for (let total = 0; total < 2_000; total += 1) {
      expect(sum(allocateCents(total, weights, FULL))).toBe(total);
    }
    const naive = weights.map((w) => Math.round((10 * w) / FULL));
    expect(sum(naive)).not.toBe(10);
  });

  it("gives the leftover cents to the largest fractions, earlier shares first on a tie", () => {
    // Exact shares: 0.6, 0.3, 0.1 cents of 1 cent → the first gets it.
    expect(allocateCents(1, [6000, 3000, 1000], FULL)).toEqual([1, 0, 0]);
    // Exact shares: 0.25 each of 1 cent → the first of the tied gets it.
    expect(allocateCents(1, [2500, 2500, 2500, 2500], FULL)).toEqual([1, 0, 0, 0]);
  });

  it("shares out only the covered fraction when the shares do not reach 100 %", () => {
    // 60 % of 10.01 USD is 6.006 USD → 601 cents, split 1:1 between two 30 % shares.
    const parts = allocateCents(1001, [3000, 3000], FULL);
    expect(sum(parts)).toBe(601);
    expect(parts).toEqual([301, 300]);
  });

  it("defaults the whole to the sum of the weights", () => {
    expect(allocateCents(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it("handles the largest budget the fund accepts exactly", () => {
    const max = 100_000_000_000;
    expect(sum(allocateCents(max, [3333, 3333, 3334], FULL))).toBe(max);
  });

  it("refuses amounts and weights that are not whole non-negative numbers", () => {
    expect(() => allocateCents(1.5, [FULL], FULL)).toThrow(RangeError);
    expect(() => allocateCents(-1, [FULL], FULL)).toThrow(RangeError);
    expect(() => allocateCents(100, [33.3], FULL)).toThrow(RangeError);
    expect(() => allocateCents(100, [], 0)).toThrow(RangeError);
  });

  it("returns no parts for no weights", () => {
    expect(allocateCents(100, [], FULL)).toEqual([]);
  });
});

describe("shareAmounts", () => {
  it("splits 33.33 %, 33.33 % and 33.34 % of a budget to the cent: largest fractions first, then codes", () => {
    // 10.01 USD: exact shares 333.63, 333.63 and 333.73 cents; the floors leave 2 cents, one to MA
    // (.73), one to LHD (tied with MH at .63, LHD is the smaller code).
    const shares = [
      { code: "MH", hundredths: 3333 },
      { code: "LHD", hundredths: 3333 },
      { code: "MA", hundredths: 3334 },
    ];
    const amounts = shareAmounts(1001, shares);
    expect(sum(amounts)).toBe(1001);
    expect(amounts).toEqual([333, 334, 334]);
  });

  it("breaks a tie by code, whatever order the shares are listed in", () => {
    const shares = [
      { code: "MH", hundredths: 5000 },
      { code: "LHD", hundredths: 5000 },
    ];
    // Half a cent each of 1 cent: LHD comes first by code.
    expect(shareAmounts(1, shares)).toEqual([0, 1]);
    expect(shareAmounts(1, [...shares].reverse())).toEqual([1, 0]);
  });

  const sharesCoveringAll = fc
    .uniqueArray(fc.stringMatching(/^[A-Z]{1,4}$/), { minLength: 1, maxLength: 8 })
    .chain((codes) =>
      fc
        .array(fc.integer({ min: 1, max: FULL }), {
          minLength: codes.length - 1,
          maxLength: codes.length - 1,
        })
        .map((cuts) => {
          // Distinct cut points in (0, 10000) give positive shares adding up to exactly 100 %.
          const points = [...new Set(cuts.filter((c) => c < FULL))].sort((a, b) => a - b);
          const bounds = [0, ...points, FULL];
          return bounds
            .slice(1)
            .map((end, i) => ({ code: codes[i] ?? "", hundredths: end - (bounds[i] ?? 0) }));
        }),
    );

  it("adds up to the budget exactly, each part within a cent of its exact share, in any order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), sharesCoveringAll, (budget, shares) => {
        const amounts = shareAmounts(budget, shares);
        expect(sum(amounts)).toBe(budget);
        amounts.forEach((amount, i) => {
          const exact = (budget * (shares[i]?.hundredths ?? 0)) / FULL;
          expect(Math.abs(amount - exact)).toBeLessThan(1);
        });
        const reversed = shareAmounts(budget, [...shares].reverse());
        expect(reversed).toEqual([...amounts].reverse());
      }),
    );
  });
});

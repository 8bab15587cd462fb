import { describe, expect, it } from "vitest";
import { allocateCents } from "./allocate";

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

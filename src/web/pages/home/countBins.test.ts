import { describe, expect, it } from "vitest";
import { BIN_COLOURS, binOf, countBins, roundNumber } from "./countBins";

describe("the world map's colour bins", () => {
  it.each([
    [1.3, 1],
    [1.6, 2],
    [2.6, 3],
    [3.9, 5],
    [7.8, 10],
    [15.5, 20],
    [167, 200],
    [910, 1000],
  ])("rounds %d to %d", (value, expected) => {
    expect(roundNumber(value)).toBe(expected);
  });

  it("a rounded start comes after the previous one and stays within the largest count", () => {
    expect(roundNumber(6.8, 5, 11)).toBe(10);
    expect(roundNumber(6.8, 10, 11)).toBeUndefined();
  });

  it("keeps five bins when rounding would merge them (largest count 11)", () => {
    expect(countBins(11).map((b) => [b.from, b.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 11],
    ]);
  });

  it("groups counts up to 30 in five bins with round bounds, the last ending at the largest", () => {
    expect(countBins(30).map((b) => [b.from, b.to])).toEqual([
      [1, 1],
      [2, 4],
      [5, 9],
      [10, 19],
      [20, 30],
    ]);
  });

  it("gives small counts one bin each, from the lightest to the darkest colour", () => {
    const bins = countBins(3);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(bins[0]?.colour).toBe(BIN_COLOURS[0]);
    expect(bins[2]?.colour).toBe(BIN_COLOURS[4]);
  });

  it("covers every count from 1 to the largest exactly once, and nothing for 0", () => {
    for (const max of [1, 2, 5, 6, 17, 30, 99, 480, 5000]) {
      const bins = countBins(max);
      for (let count = 1; count <= max; count++) {
        expect(bins.filter((b) => count >= b.from && count <= b.to)).toHaveLength(1);
      }
      expect(binOf(bins, 0)).toBeUndefined();
    }
    expect(countBins(0)).toEqual([]);
  });
});

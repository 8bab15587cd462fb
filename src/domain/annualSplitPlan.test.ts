import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSplit, scaleSplit, splitOrDefault, yearPeriods } from "./annualSplit";

describe("a planned budget by year", () => {
  it("is used as planned when it fits the years and the total", () => {
    const split = splitOrDefault(300_00, "2024-01-01", "2026-12-31", [100_00, 150_00, 50_00]);
    expect(split.map((p) => p.cents)).toEqual([100_00, 150_00, 50_00]);
    expect(split[2]).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
  });

  it("falls back to the split by days when the years or the total changed", () => {
    expect(splitOrDefault(300_00, "2024-01-01", "2025-12-31", [100_00, 150_00, 50_00]).length).toBe(2);
    const byDays = splitOrDefault(301_00, "2024-01-01", "2026-12-31", [100_00, 150_00, 50_00]);
    expect(byDays.reduce((s, p) => s + p.cents, 0)).toBe(301_00);
  });

  it("names what is wrong with a split", () => {
    expect(checkSplit([1, 2], 3, 3)).toBe("yearCount");
    expect(checkSplit([1, -1, 3], 3, 3)).toBe("notWholeCents");
    expect(checkSplit([1, 1, 2], 3, 3)).toBe("sumDiffers");
    expect(checkSplit([1, 0, 2], 3, 3)).toBeNull();
  });

  it("scaled to another total still adds up to it to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_00 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5_000_000_00 }),
        (parts, total) => {
          const scaled = scaleSplit(parts, total);
          expect(scaled).toHaveLength(parts.length);
          expect(scaled.reduce((s, c) => s + c, 0)).toBe(total);
          expect(scaled.every((c) => Number.isSafeInteger(c) && c >= 0)).toBe(true);
        },
      ),
    );
  });

  it("has as many years as the periods of its dates", () => {
    expect(yearPeriods("2024-03-01", "2026-02-28")).toHaveLength(2);
  });
});

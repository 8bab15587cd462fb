import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annualSplit, yearPeriods } from "./annualSplit";
import { addDays, addMonths } from "./calendar";

const sum = (parts: { cents: number }[]) => parts.reduce((a, p) => a + p.cents, 0);

describe("annualSplit", () => {
  it.each([
    {
      case: "a project shorter than a year is one period",
      start: "2025-03-01",
      end: "2025-08-31",
      total: 100_00,
      periods: [["2025-03-01", "2025-08-31", 100_00]],
    },
    {
      case: "exactly one year is one period",
      start: "2025-01-01",
      end: "2025-12-31",
      total: 365_00,
      periods: [["2025-01-01", "2025-12-31", 365_00]],
    },
    {
      case: "a project ending on its anniversary keeps that day in its only year",
      start: "2025-01-01",
      end: "2026-01-01",
      total: 100_00,
      periods: [["2025-01-01", "2026-01-01", 100_00]],
    },
    {
      case: "two years ending on the second anniversary",
      start: "2025-04-15",
      end: "2027-04-15",
      total: 731,
      periods: [
        ["2025-04-15", "2026-04-14", 365],
        ["2026-04-15", "2027-04-15", 366],
      ],
    },
    {
      case: "a single day",
      start: "2026-06-15",
      end: "2026-06-15",
      total: 7,
      periods: [["2026-06-15", "2026-06-15", 7]],
    },
    {
      case: "two years and a bit, by days (366 + 365 + 31 days)",
      start: "2024-01-01",
      end: "2026-01-31",
      total: 762_00,
      periods: [
        ["2024-01-01", "2024-12-31", 366_00],
        ["2025-01-01", "2025-12-31", 365_00],
        ["2026-01-01", "2026-01-31", 31_00],
      ],
    },
    {
      case: "a start on 29 February comes back to it in the next leap year",
      start: "2024-02-29",
      end: "2028-03-31",
      total: 1493_00,
      periods: [
        ["2024-02-29", "2025-02-27", 365_00],
        ["2025-02-28", "2026-02-27", 365_00],
        ["2026-02-28", "2027-02-27", 365_00],
        ["2027-02-28", "2028-02-28", 366_00],
        ["2028-02-29", "2028-03-31", 32_00],
      ],
    },
    {
      case: "three equal years leave the odd cent to the first",
      start: "2025-07-01",
      end: "2028-06-30",
      total: 100,
      periods: [
        ["2025-07-01", "2026-06-30", 33],
        ["2026-07-01", "2027-06-30", 33],
        ["2027-07-01", "2028-06-30", 34],
      ],
    },
  ])("$case", ({ start, end, total, periods }) => {
    const split = annualSplit(total, start, end);
    expect(split.map((p) => [p.start, p.end, p.cents])).toEqual(periods);
    expect(sum(split)).toBe(total);
  });

  it("refuses an end before the start", () => {
    expect(() => yearPeriods("2025-01-02", "2025-01-01")).toThrow(RangeError);
  });

  const isoDay = fc.integer({ min: 0, max: 365 * 40 }).map((offset) => addDays("2000-01-01", offset));
  const project = fc.record({
    start: isoDay,
    days: fc.integer({ min: 0, max: 365 * 12 }),
    total: fc.integer({ min: 0, max: 1_000_000_000_00 }),
  });

  it("always adds up to the budget, tiles the dates, and keeps every period within a year", () => {
    fc.assert(
      fc.property(project, ({ start, days, total }) => {
        const end = addDays(start, days);
        const split = annualSplit(total, start, end);
        expect(sum(split)).toBe(total);
        expect(split[0]?.start).toBe(start);
        expect(split.at(-1)?.end).toBe(end);
        split.forEach((period, i) => {
          // Only a one-day project has a period that does not end after it starts.
          expect(period.start < period.end || days === 0).toBe(true);
          expect(period.end <= addMonths(period.start, 12)).toBe(true);
          expect(period.cents).toBeGreaterThanOrEqual(0);
          const next = split[i + 1];
          if (next) expect(next.start).toBe(addDays(period.end, 1));
        });
        expect(annualSplit(total, start, end)).toEqual(split);
      }),
    );
  });
  it("never leaves a one-day period when a project ends on an anniversary", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 12 }), (start, years) => {
        const split = annualSplit(1_000_00, start, addMonths(start, 12 * years));
        expect(split).toHaveLength(years);
        for (const period of split) {
          expect(period.start < period.end).toBe(true);
          expect(period.end <= addMonths(period.start, 12)).toBe(true);
        }
      }),
    );
  });
});

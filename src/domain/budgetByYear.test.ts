import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annualSplit, extendSplit, yearPeriods } from "./annualSplit";
import { budgetByYear } from "./budgetByYear";
import { addDays } from "./calendar";

const sum = (cents: readonly number[]) => cents.reduce((s, c) => s + c, 0);

describe("the budget by year of a project", () => {
  it("keeps the earlier years when an extension adds a year, and spreads the last year's money by days", () => {
    expect(extendSplit([100, 200, 300], "2024-01-01", "2027-06-30")).toEqual([100, 200, 201, 99]);
    expect(extendSplit([100, 200], "2024-01-01", "2025-06-30")).toEqual([100, 200]);
    expect(extendSplit([100, 200, 300], "2024-01-01", "2025-06-30")).toEqual([100, 500]);
  });

  it("shows the stored approved split, or the requested one scaled when none is stored", () => {
    const project = {
      requestedBudgetCents: 180_00,
      approvedBudgetCents: 150_00,
      plannedStart: "2026-07-01",
      plannedEnd: "2027-12-31",
    };
    const planned = [
      { requested: 100_00, approved: null },
      { requested: 80_00, approved: null },
    ];
    expect(budgetByYear(project, planned).map((y) => y.approvedCents)).toEqual([83_33, 66_67]);
    expect(
      budgetByYear(project, [
        { requested: 100_00, approved: 75_00 },
        { requested: 80_00, approved: 75_00 },
      ]).map((y) => y.approvedCents),
    ).toEqual([75_00, 75_00]);
  });

  it("edited, default, scaled and extended splits always add up to the total to the cent", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 1, max: 1_000_000_000_00 }),
        fc.integer({ min: 0, max: 1_000_000_000_00 }),
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }),
        fc.integer({ min: 1, max: 700 }),
        (start, days, requested, approvedRaw, weights, extraDays) => {
          const end = addDays(start, days);
          const years = yearPeriods(start, end).length;
          const approved = Math.min(approvedRaw, requested);
          const byDays = annualSplit(requested, start, end).map((p) => p.cents);
          expect(sum(byDays)).toBe(requested);
          // An edited split: any weights the PM chose, made to add up by the same rule.
          const w = weights.slice(0, years).map((x) => x + 1);
          const edited = annualSplit(0, start, end).map((_, i) =>
            Math.floor((requested * (w[i] ?? 1)) / sum(w)),
          );
          edited[edited.length - 1] = (edited.at(-1) ?? 0) + requested - sum(edited);
          const planned = edited.map((r) => ({ requested: r, approved: null }));
          const shown = budgetByYear(
            {
              requestedBudgetCents: requested,
              approvedBudgetCents: approved,
              plannedStart: start,
              plannedEnd: end,
            },
            planned,
          );
          expect(shown.map((y) => y.requestedCents)).toEqual(edited);
          expect(sum(shown.map((y) => y.approvedCents ?? -1))).toBe(approved);
          const extended = extendSplit(edited, start, addDays(end, extraDays));
          expect(extended).toHaveLength(yearPeriods(start, addDays(end, extraDays)).length);
          expect(sum(extended)).toBe(requested);
          expect(extended.every((c) => Number.isSafeInteger(c) && c >= 0)).toBe(true);
        },
      ),
    );
  });
});

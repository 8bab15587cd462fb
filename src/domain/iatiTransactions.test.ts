import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AcceptedFinancialReport,
  commitmentTransactions,
  expenditureTransactions,
} from "./iatiTransactions";

const report = (
  periodEnd: string,
  spentToDateCents: number,
  decidedOn = periodEnd,
  stage: "interim" | "final" = "interim",
): AcceptedFinancialReport => ({ periodEnd, decidedOn, stage, spentToDateCents });

describe("IATI transactions of a project", () => {
  it("turn expenditure to date into each report's increase, dated the end of its period", () => {
    expect(
      expenditureTransactions(
        [report("2025-12-31", 50_000_00, "2026-01-20"), report("2025-06-30", 20_000_00, "2025-07-15")],
        "2026-11-01",
      ),
    ).toEqual([
      { type: "4", date: "2025-06-30", cents: 20_000_00 },
      { type: "4", date: "2025-12-31", cents: 30_000_00 },
    ]);
  });

  it("report a decrease as a negative expenditure and an unchanged figure as nothing", () => {
    expect(
      expenditureTransactions(
        [report("2025-06-30", 20_000_00), report("2025-12-31", 18_000_00), report("2026-06-30", 18_000_00)],
        "2026-11-01",
      ),
    ).toEqual([
      { type: "4", date: "2025-06-30", cents: 20_000_00 },
      { type: "4", date: "2025-12-31", cents: -2_000_00 },
    ]);
  });

  it("date a report accepted before its period ended on the day it was accepted, and never after today", () => {
    expect(
      expenditureTransactions(
        [
          report("2026-06-30", 5_00, "2026-07-10"),
          report("2026-09-30", 10_00, "2026-09-20"),
          report("2026-12-31", 20_00, "2026-12-05", "final"),
        ],
        "2026-11-01",
      ),
    ).toEqual([
      { type: "4", date: "2026-06-30", cents: 5_00 },
      { type: "4", date: "2026-09-20", cents: 5_00 },
    ]);
  });

  it("commit the approved amount on the day of approval, once it has happened", () => {
    expect(commitmentTransactions("2025-03-04", 150_000_00, [], "2026-11-01")).toEqual([
      { type: "2", date: "2025-03-04", cents: 150_000_00 },
    ]);
    expect(commitmentTransactions("2026-12-01", 150_000_00, [], "2026-11-01")).toEqual([]);
    expect(commitmentTransactions(null, 150_000_00, [], "2026-11-01")).toEqual([]);
  });

  it("commit each approved revision's change on its day, adding up to the budget approved now", () => {
    const revisions = [
      { decidedOn: "2026-02-10", previousCents: 100_000_00, newCents: 130_000_00 },
      { decidedOn: "2025-09-01", previousCents: 120_000_00, newCents: 100_000_00 },
    ];
    expect(commitmentTransactions("2025-03-04", 130_000_00, revisions, "2026-11-01")).toEqual([
      { type: "2", date: "2025-03-04", cents: 120_000_00 },
      { type: "2", date: "2025-09-01", cents: -20_000_00 },
      { type: "2", date: "2026-02-10", cents: 30_000_00 },
    ]);
  });

  it("add up expenditures to the latest report's figure, to the cent (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 2000 }),
            spent: fc.integer({ min: 0, max: 100_000_000_00 }),
            final: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const date = (day: number) => new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
          // One report per period end, as the schedule makes them.
          const unique = [...new Map(rows.map((r) => [r.day, r])).values()];
          const reports = unique.map((r) =>
            report(date(r.day), r.spent, date(r.day), r.final ? "final" : "interim"),
          );
          const latest = [...unique].sort((a, b) => a.day - b.day).at(-1);
          const total = expenditureTransactions(reports, "2030-01-01").reduce((sum, t) => sum + t.cents, 0);
          expect(total).toBe(latest?.spent);
        },
      ),
    );
  });
});

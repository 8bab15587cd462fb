import { describe, expect, it } from "vitest";
import { type BeneficiaryCount, beneficiariesProgress, currentReport, percentAchieved } from "./progress";

describe("percent achieved", () => {
  it.each([
    // baseline, target, actual, percent
    [0, 100, 50, 50],
    [0, 100, 100, 100],
    [0, 100, 130, 130],
    [20, 60, 20, 0],
    [20, 60, 30, 25],
    [0, 3, 1, 33.3],
    [0, 3, 2, 66.7],
    [0, 400, 49, 12.3],
    [0, 1000, 0.5, 0.1],
    [50, 100, 40, -20],
    // A target below the baseline (reduce a waiting time): moving down is progress.
    [30, 10, 20, 50],
    [30, 10, 35, -25],
    [0.1, 0.3, 0.2, 50],
  ] as const)("from %d to %d, at %d: %d %", (baseline, target, actual, percent) => {
    expect(percentAchieved(baseline, target, actual)).toBe(percent);
  });

  it("is not available without an actual value", () => {
    expect(percentAchieved(0, 100, null)).toBeNull();
  });

  it("is not available when target and baseline are the same (no distance to cover)", () => {
    expect(percentAchieved(5, 5, 5)).toBeNull();
    expect(percentAchieved(5, 5, 8)).toBeNull();
  });

  it("never answers minus zero", () => {
    expect(Object.is(percentAchieved(0, 1000, -0.01), 0)).toBe(true);
  });
});

describe("current report", () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    {
      name: "no report at all",
      reports: [],
      expected: null,
    },
    {
      name: "only submitted, returned and pending reports",
      reports: [
        { id: "a", periodEnd: "2026-06-30", status: "submitted", decidedAt: null },
        { id: "b", periodEnd: "2026-12-31", status: "returned", decidedAt: at("2027-01-20T00:00:00Z") },
        { id: "c", periodEnd: "2027-06-30", status: "pending", decidedAt: null },
      ],
      expected: null,
    },
    {
      name: "the accepted one with the latest period end, not a later submitted one",
      reports: [
        { id: "a", periodEnd: "2026-06-30", status: "accepted", decidedAt: at("2026-08-01T00:00:00Z") },
        { id: "b", periodEnd: "2026-12-31", status: "accepted", decidedAt: at("2027-01-20T00:00:00Z") },
        { id: "c", periodEnd: "2027-06-30", status: "submitted", decidedAt: null },
      ],
      expected: "b",
    },
    {
      name: "the latest period even if accepted earlier",
      reports: [
        { id: "a", periodEnd: "2026-12-31", status: "accepted", decidedAt: at("2027-03-01T00:00:00Z") },
        { id: "b", periodEnd: "2026-06-30", status: "accepted", decidedAt: at("2027-04-01T00:00:00Z") },
      ],
      expected: "a",
    },
    {
      name: "between two of the same period, the one accepted last",
      reports: [
        { id: "interim", periodEnd: "2027-12-31", status: "accepted", decidedAt: at("2028-01-10T00:00:00Z") },
        { id: "final", periodEnd: "2027-12-31", status: "accepted", decidedAt: at("2028-03-10T00:00:00Z") },
      ],
      expected: "final",
    },
  ])("$name", ({ reports, expected }) => {
    expect(currentReport(reports)?.id ?? null).toBe(expected);
  });
});

describe("beneficiaries targeted vs reached", () => {
  const group = (
    type: string,
    sex: BeneficiaryCount["sex"],
    ageGroup: BeneficiaryCount["ageGroup"],
    number: number,
  ): BeneficiaryCount => ({ type, sex, ageGroup, number });

  it("matches groups by type, sex and age group and lists groups present on either side", () => {
    const { rows, totals } = beneficiariesProgress(
      [
        group("MIG", "female", "adults", 300),
        group("MIG", "male", "adults", 200),
        group("GOV", "all", "all", 40),
      ],
      [
        group("MIG", "female", "adults", 120),
        group("GOV", "all", "all", 45),
        group("MIG", "female", "youth", 30),
      ],
    );
    expect(rows).toEqual([
      { type: "MIG", sex: "female", ageGroup: "adults", targeted: 300, reached: 120 },
      { type: "MIG", sex: "male", ageGroup: "adults", targeted: 200, reached: 0 },
      { type: "GOV", sex: "all", ageGroup: "all", targeted: 40, reached: 45 },
      { type: "MIG", sex: "female", ageGroup: "youth", targeted: 0, reached: 30 },
    ]);
    expect(totals).toEqual({ targeted: 540, reached: 195 });
  });

  it("adds up a group the project lists twice", () => {
    const { rows } = beneficiariesProgress(
      [group("GOV", "all", "adults", 10), group("GOV", "all", "adults", 5)],
      [],
    );
    expect(rows).toEqual([{ type: "GOV", sex: "all", ageGroup: "adults", targeted: 15, reached: 0 }]);
  });

  it("is empty with no targets and no report", () => {
    expect(beneficiariesProgress([], [])).toEqual({ rows: [], totals: { targeted: 0, reached: 0 } });
  });
});

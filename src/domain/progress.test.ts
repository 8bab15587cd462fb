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

describe("beneficiaries targeted vs reached, per type", () => {
  const group = (
    type: string,
    sex: BeneficiaryCount["sex"],
    ageGroup: BeneficiaryCount["ageGroup"],
    number: number,
  ): BeneficiaryCount => ({ type, sex, ageGroup, number });
  const noSex = { female: 0, male: 0, all: 0 };
  const noAge = { children: 0, youth: 0, adults: 0, older: 0, all: 0 };

  it.each([
    {
      name: "reached split by sex counts against a target for all sexes and ages",
      targeted: [group("HOST", "all", "all", 10290)],
      reached: [group("HOST", "female", "all", 1300), group("HOST", "male", "all", 1200)],
      rows: [
        {
          type: "HOST",
          targeted: 10290,
          reached: 2500,
          percentReached: 24.3,
          reachedBySex: { ...noSex, female: 1300, male: 1200 },
          reachedByAge: { ...noAge, all: 2500 },
        },
      ],
      totals: { targeted: 10290, reached: 2500 },
    },
    {
      name: "several targets of one type add up, whatever their split",
      targeted: [
        group("MIG", "female", "adults", 300),
        group("MIG", "male", "adults", 200),
        group("MIG", "all", "youth", 500),
        group("MIG", "female", "adults", 0),
      ],
      reached: [group("MIG", "all", "adults", 400), group("MIG", "female", "youth", 100)],
      rows: [
        {
          type: "MIG",
          targeted: 1000,
          reached: 500,
          percentReached: 50,
          reachedBySex: { ...noSex, all: 400, female: 100 },
          reachedByAge: { ...noAge, adults: 400, youth: 100 },
        },
      ],
      totals: { targeted: 1000, reached: 500 },
    },
    {
      name: "a type reached but not targeted comes after the targeted ones, with no percentage",
      targeted: [group("GOV", "all", "adults", 40)],
      reached: [group("REF", "male", "children", 30), group("GOV", "all", "adults", 45)],
      rows: [
        {
          type: "GOV",
          targeted: 40,
          reached: 45,
          percentReached: 112.5,
          reachedBySex: { ...noSex, all: 45 },
          reachedByAge: { ...noAge, adults: 45 },
        },
        {
          type: "REF",
          targeted: 0,
          reached: 30,
          percentReached: null,
          reachedBySex: { ...noSex, male: 30 },
          reachedByAge: { ...noAge, children: 30 },
        },
      ],
      totals: { targeted: 40, reached: 75 },
    },
    {
      name: "a type targeted but not reached shows 0 reached, in the project's order",
      targeted: [group("REF", "all", "all", 200), group("GOV", "all", "adults", 40)],
      reached: [group("GOV", "female", "older", 10)],
      rows: [
        {
          type: "REF",
          targeted: 200,
          reached: 0,
          percentReached: 0,
          reachedBySex: noSex,
          reachedByAge: noAge,
        },
        {
          type: "GOV",
          targeted: 40,
          reached: 10,
          percentReached: 25,
          reachedBySex: { ...noSex, female: 10 },
          reachedByAge: { ...noAge, older: 10 },
        },
      ],
      totals: { targeted: 240, reached: 10 },
    },
    {
      name: "nothing targeted and no report",
      targeted: [],
      reached: [],
      rows: [],
      totals: { targeted: 0, reached: 0 },
    },
  ])("$name", ({ targeted, reached, rows, totals }) => {
    expect(beneficiariesProgress(targeted, reached)).toEqual({ rows, totals });
  });
});

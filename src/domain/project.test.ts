import { describe, expect, it } from "vitest";
import { projectInput } from "./project";
import { deriveRegion } from "./region";
import { fieldErrorsFromZod } from "./validation";

const valid = {
  title: "Migration health in Kenya",
  type: "national",
  countries: ["KEN"],
  fundingYear: 2026,
  fundLine: "L1",
  requestedBudget: "100000",
  plannedStart: "2026-01-01",
  plannedEnd: "2026-12-31",
  areaShares: [
    { code: "MH", percent: 33.33 },
    { code: "MA", percent: 66.67 },
  ],
};

function errorsOf(input: unknown) {
  const result = projectInput.safeParse(input);
  return result.success ? [] : fieldErrorsFromZod(result.error);
}

describe("project schema", () => {
  it("accepts a complete draft and shares with two decimals that sum to 100", () => {
    expect(errorsOf(valid)).toEqual([]);
  });

  it("refuses shares that sum to 99.99, naming the list", () => {
    const errors = errorsOf({ ...valid, areaShares: [{ code: "MH", percent: 99.99 }] });
    expect(errors).toEqual([expect.objectContaining({ field: "areaShares", code: "percentSum" })]);
  });

  it("refuses an end before the start on the end date", () => {
    expect(errorsOf({ ...valid, plannedEnd: "2025-12-31" })).toEqual([
      expect.objectContaining({ field: "plannedEnd", code: "endBeforeStart" }),
    ]);
  });

  it("reports every failure at once", () => {
    const errors = errorsOf({ ...valid, title: "", requestedBudget: "-1", countries: [] });
    expect(errors.map((e) => e.field).sort()).toEqual(["countries", "requestedBudget", "title"]);
  });

  it("checks dates and countries even while another field is still wrong", () => {
    const errors = errorsOf({ ...valid, title: "", plannedEnd: "2025-01-01", countries: ["KEN", "UGA"] });
    expect(errors.map((e) => e.code).sort()).toEqual(["endBeforeStart", "nationalOneCountry", "too_small"]);
  });
});

describe("deriveRegion", () => {
  it("takes the region all countries share", () => {
    expect(deriveRegion("national", ["EHA"], undefined)).toEqual({ region: "EHA" });
  });
  it("asks which region leads when countries span regions", () => {
    expect(deriveRegion("regional", ["EHA", "SAF"], null)).toMatchObject({
      error: { field: "region", code: "regionRequired" },
    });
    expect(deriveRegion("regional", ["EHA", "SAF"], "SAF")).toEqual({ region: "SAF" });
  });
  it("refuses a region that contradicts the countries", () => {
    expect(deriveRegion("national", ["EHA"], "WCA")).toMatchObject({ error: { code: "regionMismatch" } });
  });
  it("refuses a global project's region that none of its countries lies in", () => {
    expect(deriveRegion("global", ["WCA"], "EHA")).toMatchObject({ error: { code: "regionMismatch" } });
    expect(deriveRegion("global", ["WCA", "EHA"], "EHA")).toEqual({ region: "EHA" });
  });
  it("lets a global project have no region", () => {
    expect(deriveRegion("global", [], undefined)).toEqual({ region: null });
  });
});

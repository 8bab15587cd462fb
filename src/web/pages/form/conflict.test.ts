import { describe, expect, it } from "vitest";
import { compareWithLatest, keepMineOnLatest } from "./conflict";
import { emptyValues, type ProjectFormValues } from "./values";

const base: ProjectFormValues = {
  ...emptyValues("pm-1"),
  title: "Water for schools",
  summary: "First summary",
  requestedBudget: "180000.00",
  countries: ["KEN"],
  areaShares: [{ key: "a", code: "water", percent: 100 }],
};

describe("a save that lost against someone else's", () => {
  it("lists only the fields where the screen and the latest version differ, saying who changed each", () => {
    const mine = { ...base, title: "Water for all schools", objective: "Same objective" };
    const latest = { ...base, summary: "Their summary", objective: "Same objective" };
    expect(compareWithLatest(base, mine, latest)).toEqual([
      { field: "title", mine: true, theirs: false },
      { field: "summary", mine: false, theirs: true },
    ]);
  });

  it("names a field both sides changed differently as changed by both", () => {
    const mine = { ...base, countries: ["KEN", "UGA"] };
    const latest = { ...base, countries: ["TZA"] };
    expect(compareWithLatest(base, mine, latest)).toEqual([{ field: "countries", mine: true, theirs: true }]);
  });

  it("does not count the same money written differently, nor rows with other keys, as a difference", () => {
    const mine = {
      ...base,
      requestedBudget: "180000",
      areaShares: [{ key: "b", code: "water", percent: "100" }],
    };
    expect(compareWithLatest(base, mine, base)).toEqual([]);
  });

  it("keeping my changes takes the latest version and puts only the fields I changed on top", () => {
    const mine = { ...base, title: "My title", countries: ["KEN", "UGA"] };
    const latest = { ...base, summary: "Their summary", countries: ["TZA"] };
    expect(keepMineOnLatest(base, mine, latest)).toEqual({
      ...latest,
      title: "My title",
      countries: ["KEN", "UGA"],
    });
  });
});

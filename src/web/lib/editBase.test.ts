import { describe, expect, it } from "vitest";
import { rebaseEdits } from "./editBase";

interface Values {
  challenges: string;
  rows: { key: string; number: number | string }[];
  amount: string;
}

const base: Values = { challenges: "", rows: [{ key: "saved-0", number: 4 }], amount: "" };

describe("rebaseEdits: a new version never wipes what the user typed", () => {
  it("keeps every typed field when the new version changed nothing (an attachment)", () => {
    const mine = { ...base, challenges: "Slow recruitment", amount: "1200.50" };
    const latest = { ...base, rows: [{ key: "other-key", number: 4 }] };
    expect(rebaseEdits(base, mine, latest)).toEqual({ values: mine, conflicts: [] });
  });

  it("takes the new version's value where the user typed nothing", () => {
    const mine = { ...base, challenges: "Slow recruitment" };
    const latest = { ...base, amount: "300.00" };
    expect(rebaseEdits(base, mine, latest)).toEqual({
      values: { ...mine, amount: "300.00" },
      conflicts: [],
    });
  });

  it("reports a field both changed differently, and keeps the user's value in it", () => {
    const mine = { ...base, challenges: "Mine" };
    const latest = { ...base, challenges: "Theirs" };
    expect(rebaseEdits(base, mine, latest)).toEqual({ values: mine, conflicts: ["challenges"] });
  });

  it("is no conflict when both wrote the same", () => {
    const mine = { ...base, rows: [{ key: "new-1", number: 7 }] };
    const latest = { ...base, rows: [{ key: "saved-0", number: 7 }] };
    expect(rebaseEdits(base, mine, latest)).toEqual({ values: latest, conflicts: [] });
  });

  it("after a save, fields still as sent take the saved values; typed later stays", () => {
    const sent = { ...base, challenges: "Sent", amount: "100.5" };
    const mine = { ...sent, challenges: "Typed while saving" };
    const saved = { ...sent, amount: "100.50" };
    expect(rebaseEdits(sent, mine, saved).values).toEqual({ ...mine, amount: "100.50" });
  });
});

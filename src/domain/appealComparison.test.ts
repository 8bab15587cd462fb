import { describe, expect, it } from "vitest";
import { coveragePercent } from "./appealComparison";

describe("coverage", () => {
  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [1_440_890_00, 1_946_969_000_00, 0.07],
    [300, 200, 150],
    [5, 0, null],
  ])("funded %i of required %i is %s %", (funded, required, expected) => {
    expect(coveragePercent(funded, required)).toBe(expected);
  });
});

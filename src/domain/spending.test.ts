import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FULL_SHARE } from "./shares";
import {
  burnPace,
  burnRate,
  isOverThreshold,
  projectVariance,
  spendingLines,
  spendingState,
  tenthsOfPercent,
  varianceHundredths,
} from "./spending";

const FULL = FULL_SHARE;

/** Shares with distinct codes adding up to exactly 100 %. */
const sharesCoveringAll = fc
  .uniqueArray(fc.stringMatching(/^[A-Z]{2,4}$/), { minLength: 1, maxLength: 6 })
  .chain((codes) =>
    fc
      .array(fc.integer({ min: 1, max: FULL }), { minLength: codes.length - 1, maxLength: codes.length - 1 })
      .map((cuts) => {
        const points = [...new Set(cuts.filter((c) => c < FULL))].sort((a, b) => a - b);
        const bounds = [0, ...points, FULL];
        return bounds
          .slice(1)
          .map((end, i) => ({ code: codes[i] ?? "", hundredths: end - (bounds[i] ?? 0) }));
      }),
  );

describe("spending against the budget", () => {
  it("flags an area above share × (1 + threshold), never at the limit (share 30 %, threshold 20 %: above 36 %)", () => {
    const cases: [spent: number, total: number, share: number, threshold: number, flagged: boolean][] = [
      [36_000, 100_000, 3000, 20, false],
      [36_001, 100_000, 3000, 20, true],
      [35_999, 100_000, 3000, 20, false],
      [30_001, 100_000, 3000, 0, true],
      [30_000, 100_000, 3000, 0, false],
      [1, 100_000, 0, 20, true],
      [0, 100_000, 3000, 20, false],
      [100, 0, 3000, 20, false],
      [100_000, 100_000, FULL, 20, false],
    ];
    for (const [spent, total, share, threshold, flagged] of cases) {
      expect(isOverThreshold(spent, total, share, threshold), `${spent}/${total} vs ${share}`).toBe(flagged);
    }
    expect(varianceHundredths(36_000, 100_000, 3000)).toBe(2000);
    expect(varianceHundredths(15_000, 100_000, 3000)).toBe(-5000);
  });

  it("shares the approved budget out to the cent, spent and flags consistent with the amounts (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        sharesCoveringAll,
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 1000 }),
        (approved, shares, amounts, threshold) => {
          const spent = shares.map((share, i) => ({ code: share.code, amountCents: amounts[i] ?? 0 }));
          const lines = spendingLines(approved, shares, spent, threshold);
          expect(lines.reduce((sum, line) => sum + line.budgetCents, 0)).toBe(approved);
          const total = spent.reduce((sum, s) => sum + s.amountCents, 0);
          expect(lines.reduce((sum, line) => sum + line.spentCents, 0)).toBe(total);
          for (const line of lines) {
            // The flag and the variance say the same thing: variance above the threshold (to the rounding).
            if (line.varianceHundredths !== null && Math.abs(line.varianceHundredths - threshold * 100) > 1) {
              expect(line.flagged).toBe(line.varianceHundredths > threshold * 100);
            }
            // Exactly: spent / total > share / 100 % × (100 + threshold) / 100.
            const exact = line.spentCents * FULL * 100 > line.shareHundredths * (100 + threshold) * total;
            if (
              Number.isSafeInteger(line.spentCents * FULL * 100) &&
              Number.isSafeInteger(line.shareHundredths * (100 + threshold) * total)
            )
              expect(line.flagged).toBe(line.spentCents > 0 && total > 0 && exact);
          }
          const state = spendingState({
            applicable: true,
            reported: true,
            approvedCents: approved,
            spentCents: total,
            areas: lines,
          });
          if (total > approved) expect(state).toBe("overspent");
          else expect(state).toBe(lines.some((l) => l.flagged) ? "flagged" : "onTrack");
          const variance = projectVariance(lines).hundredths;
          if (variance !== null)
            expect(lines.every((l) => (l.varianceHundredths ?? -Infinity) <= variance)).toBe(true);
        },
      ),
    );
  });

  it("lists spending on an area the budget does not name, flagged", () => {
    const lines = spendingLines(
      100_00,
      [{ code: "LHD", hundredths: FULL }],
      [
        { code: "LHD", amountCents: 50_00 },
        { code: "MPR", amountCents: 10_00 },
      ],
      20,
    );
    expect(lines.map((l) => [l.code, l.budgetCents, l.spentCents, l.flagged])).toEqual([
      ["LHD", 100_00, 50_00, false],
      ["MPR", 0, 10_00, true],
    ]);
    expect(projectVariance(lines).unbudgeted).toBe(true);
  });

  it("measures the burn rate against the planned time elapsed, clamped to the project's dates", () => {
    expect(burnRate(100_000, 50_000, "2026-01-01", "2026-12-31", "2026-03-02")).toEqual({
      start: "2026-01-01",
      end: "2026-12-31",
      plannedDays: 364,
      elapsedDays: 60,
      spentTenths: 500,
      elapsedTenths: 165,
    });
    expect(burnRate(100_000, 0, "2026-01-01", "2026-12-31", "2025-06-01").elapsedDays).toBe(0);
    expect(burnRate(100_000, 0, "2026-01-01", "2026-12-31", "2027-06-01").elapsedTenths).toBe(1000);
    expect(burnPace({ spentTenths: 500, elapsedTenths: 165 })).toBe("faster");
    expect(burnPace({ spentTenths: 265, elapsedTenths: 165 })).toBe("inStep");
    expect(burnPace({ spentTenths: 64, elapsedTenths: 165 })).toBe("slower");
    expect(tenthsOfPercent(1, 3)).toBe(333);
    expect(tenthsOfPercent(1, 0)).toBeNull();
  });
});

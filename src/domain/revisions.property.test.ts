/**
 * Money stays exact in a revision (issue 15 acceptance): whatever the new total, shares that add
 * up to 100 % and the split by days of its years both add up to the new total to the cent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import { formatMoney, MAX_BUDGET_CENTS } from "./money";
import { presentSnapshot, proposedSnapshot } from "./revisions";

/** Positive integer weights turned into percentages with two decimals adding up to exactly 100. */
const shares = (prefix: string) =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }).map((weights) => {
    const total = weights.reduce((s, w) => s + w, 0);
    const hundredths = weights.map((w) => Math.max(1, Math.floor((w * 10_000) / total)));
    const excess = hundredths.reduce((s, h) => s + h, 0) - 10_000;
    const last = (hundredths[hundredths.length - 1] ?? 0) - excess;
    return last < 1
      ? [{ code: `${prefix}0`, percent: 100 }]
      : hundredths.map((h, i) => ({
          code: `${prefix}${i}`,
          percent: (i === hundredths.length - 1 ? last : h) / 100,
        }));
  });

const cents = (amount: string) => Math.round(Number(amount) * 100);

describe("a revision's money adds up", () => {
  it("its shares and its years add up to its new total to the cent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_BUDGET_CENTS }),
        shares("A"),
        shares("T"),
        fc.integer({ min: 30, max: 3650 }),
        (totalCents, areaShares, activityShares, days) => {
          const project = { plannedStart: "2026-03-15", plannedEnd: addDays("2026-03-15", days) };
          const { snapshot, failures } = proposedSnapshot(project, {
            newTotal: formatMoney(totalCents),
            areaShares,
            activityShares,
          });
          expect(failures).toEqual([]);
          if (!snapshot) return;
          const view = presentSnapshot(snapshot);
          const sum = (list: { amount: string }[]) => list.reduce((s, x) => s + cents(x.amount), 0);
          expect(cents(view.total)).toBe(totalCents);
          expect(sum(view.areaShares)).toBe(totalCents);
          expect(sum(view.activityShares)).toBe(totalCents);
          expect(sum(view.years)).toBe(totalCents);
        },
      ),
    );
  });
});

/**
 * For any envelope and any run of approvals through the fund's approval rule, what the page
 * shows adds up to the cent: committed + available = allocated, and available never goes below
 * zero, because an approval above what is left is refused and one within it is not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availableCents, type EnvelopeState } from "../../domain/envelopes";
import { checkApproval, type FundYearParameters, LINE_1, type ProposalFacts } from "../../domain/fundRules";
import { MAX_BUDGET_CENTS, parseMoney } from "../../domain/money";
import { presentEnvelope } from "./envelope";

const parameters: FundYearParameters = {
  fundingYear: 2026,
  line2NationalCeilingCents: 20_000_000,
  line2RegionalCeilingCents: 30_000_000,
  inArrears: [],
  notEligible: [],
};
const proposal = (requestedBudgetCents: number): ProposalFacts => ({
  type: "national",
  countries: ["GHA"],
  fundingYear: 2026,
  fundLine: LINE_1,
  requestedBudgetCents,
  objective: "Better governed labour migration",
  areaShareTotal: 10_000,
  areaShareCount: 1,
  activityShareTotal: 10_000,
  activityShareCount: 1,
  beneficiaryGroups: 1,
  plannedStart: "2026-07-01",
  plannedEnd: "2027-06-30",
  followUpOf: null,
});

describe("an envelope under any run of approvals", () => {
  it("keeps committed + available = allocated to the cent, and available never negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_BUDGET_CENTS }),
        fc.array(fc.integer({ min: 1, max: 50_000_000_000 }), { maxLength: 40 }),
        (allocatedCents, approvals) => {
          const envelope: EnvelopeState = { allocatedCents, committedCents: 0 };
          for (const amount of approvals) {
            const before = availableCents(envelope);
            const failures = checkApproval(
              proposal(amount),
              parameters,
              {
                fundLine: LINE_1,
                approvedBudgetCents: amount,
              },
              envelope,
            );
            expect(failures.length === 0).toBe(amount <= before);
            if (failures.length === 0) envelope.committedCents += amount;
            const shown = presentEnvelope({
              fundingYear: 2026,
              fundLine: LINE_1,
              allocatedCents,
              committedCents: envelope.committedCents,
              pipelineCents: 0,
              spentCents: 0,
              version: 1,
              updatedAt: null,
              updatedBy: null,
            });
            const committed = parseMoney(shown.committed) as number;
            const available = parseMoney(shown.available as string) as number;
            expect(committed + available).toBe(allocatedCents);
            expect(available).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("sets no limit when no envelope is set", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_BUDGET_CENTS }), (amount) => {
        expect(
          checkApproval(
            proposal(amount),
            parameters,
            { fundLine: LINE_1, approvedBudgetCents: amount },
            null,
          ),
        ).toEqual([]);
      }),
    );
  });
});

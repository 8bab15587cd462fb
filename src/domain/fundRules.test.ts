import { describe, expect, it } from "vitest";
import { checkApproval, checkSubmission, type FundYearParameters, type ProposalFacts } from "./fundRules";
import { parseMoney } from "./money";

const PARAMETERS: FundYearParameters = {
  fundingYear: 2026,
  line2NationalCeilingCents: 20_000_000,
  line2RegionalCeilingCents: 30_000_000,
  inArrears: [],
  notEligible: [],
};

function facts(overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  return {
    type: "national",
    countries: ["GHA"],
    countryNames: { GHA: "Ghana", SEN: "Senegal" },
    fundingYear: 2026,
    fundLine: "L2",
    requestedBudgetCents: 15_000_000,
    objective: "Labour migration is governed by evidence",
    areaShareTotal: 10_000,
    areaShareCount: 2,
    activityShareTotal: 10_000,
    activityShareCount: 1,
    beneficiaryGroups: 1,
    plannedStart: "2026-07-01",
    plannedEnd: "2027-06-30",
    followUpOf: null,
    ...overrides,
  };
}

const codes = (failures: { code: string }[]) => failures.map((f) => f.code);
const cents = (usd: string) => parseMoney(usd) as number;

describe("Line 2 ceilings, at and around the boundary", () => {
  it.each([
    ["national", "199999.99", []],
    ["national", "200000.00", []],
    ["national", "200000.01", ["line2CeilingExceeded"]],
    ["regional", "299999.99", []],
    ["regional", "300000.00", []],
    ["regional", "300000.01", ["line2CeilingExceeded"]],
    ["global", "300000.00", []],
    ["global", "300000.01", ["line2CeilingExceeded"]],
  ] as const)("%s project requesting USD %s", (type, amount, expected) => {
    const proposal = facts({ type, requestedBudgetCents: cents(amount) });
    expect(codes(checkSubmission(proposal, PARAMETERS))).toEqual(expected);
    expect(
      codes(
        checkApproval({ ...proposal, requestedBudgetCents: cents("400000") }, PARAMETERS, {
          fundLine: "L2",
          approvedBudgetCents: cents(amount),
        }),
      ),
    ).toEqual(expected);
  });

  it("does not apply to Line 1", () => {
    expect(
      checkSubmission(facts({ fundLine: "L1", requestedBudgetCents: cents("900000") }), PARAMETERS),
    ).toEqual([]);
  });

  it("says the ceiling, the amount and the excess", () => {
    const [failure] = checkApproval(facts({ requestedBudgetCents: cents("250000") }), PARAMETERS, {
      fundLine: "L2",
      approvedBudgetCents: cents("250000"),
    });
    expect(failure?.message).toBe(
      "Line 2 funds a national project up to USD 200,000; USD 250,000 is USD 50,000 above the ceiling",
    );
    expect(failure?.field).toBe("approvedBudget");
  });

  it("reads the ceilings of the year, not constants", () => {
    const lower = { ...PARAMETERS, line2NationalCeilingCents: cents("100000") };
    expect(codes(checkSubmission(facts({ requestedBudgetCents: cents("100000.01") }), lower))).toEqual([
      "line2CeilingExceeded",
    ]);
  });
});

describe("eligibility", () => {
  it("a Member State in arrears (Article 4) is not eligible for Line 2, but is for Line 1", () => {
    const arrears = { ...PARAMETERS, inArrears: ["GHA"] };
    const failures = checkSubmission(facts(), arrears);
    expect(codes(failures)).toEqual(["line2CountryInArrears"]);
    expect(failures[0]?.message).toContain("Ghana");
    expect(checkSubmission(facts({ fundLine: "L1" }), arrears)).toEqual([]);
  });

  it("one country in arrears among several blocks a regional Line 2 project", () => {
    const arrears = { ...PARAMETERS, inArrears: ["SEN"] };
    expect(codes(checkSubmission(facts({ type: "regional", countries: ["GHA", "SEN"] }), arrears))).toEqual([
      "line2CountryInArrears",
    ]);
  });

  it("a country that is not eligible for the fund is refused on both lines", () => {
    const closed = { ...PARAMETERS, notEligible: ["GHA"] };
    expect(codes(checkSubmission(facts({ fundLine: "L1" }), closed))).toEqual(["countryNotEligible"]);
  });
});

describe("follow-up projects under Line 2", () => {
  it("are admissible after a project funded under Line 1", () => {
    const proposal = facts({ followUpOf: { code: "PRJ-2019-0001", fundLine: "L1", funded: true } });
    expect(checkSubmission(proposal, PARAMETERS)).toEqual([]);
  });

  it("are not after a Line 2 project or an unfunded one", () => {
    for (const followUpOf of [
      { code: "PRJ-2019-0002", fundLine: "L2", funded: true },
      { code: "PRJ-2019-0003", fundLine: "L1", funded: false },
    ]) {
      expect(codes(checkSubmission(facts({ followUpOf }), PARAMETERS))).toEqual(["line2FollowUpNotOfLine1"]);
    }
  });

  it("do not concern Line 1", () => {
    const proposal = facts({ fundLine: "L1", followUpOf: { code: "X", fundLine: "L2", funded: false } });
    expect(checkSubmission(proposal, PARAMETERS)).toEqual([]);
  });
});

describe("completeness", () => {
  it("reports every failing rule at once", () => {
    const failures = checkSubmission(
      facts({
        objective: " ",
        areaShareCount: 0,
        areaShareTotal: 0,
        activityShareTotal: 9_000,
        beneficiaryGroups: 0,
        plannedEnd: "2026-07-01",
        requestedBudgetCents: cents("200000.01"),
      }),
      PARAMETERS,
    );
    expect(codes(failures)).toEqual([
      "objectiveMissing",
      "areaSharesIncomplete",
      "activitySharesIncomplete",
      "beneficiariesMissing",
      "datesIncoherent",
      "line2CeilingExceeded",
    ]);
  });

  it("shares at exactly 100 % pass, a hundredth less does not", () => {
    expect(checkSubmission(facts({ areaShareTotal: 10_000 }), PARAMETERS)).toEqual([]);
    expect(codes(checkSubmission(facts({ areaShareTotal: 9_999 }), PARAMETERS))).toEqual([
      "areaSharesIncomplete",
    ]);
  });

  it("a budget of zero is refused, one cent is accepted", () => {
    expect(codes(checkSubmission(facts({ requestedBudgetCents: 0 }), PARAMETERS))).toEqual([
      "budgetNotPositive",
    ]);
    expect(checkSubmission(facts({ requestedBudgetCents: 1 }), PARAMETERS)).toEqual([]);
  });
});

describe("approval", () => {
  it("cannot approve more than was requested (one cent more is refused)", () => {
    const proposal = facts({ fundLine: "L1", requestedBudgetCents: cents("150000") });
    expect(
      checkApproval(proposal, PARAMETERS, { fundLine: "L1", approvedBudgetCents: cents("150000") }),
    ).toEqual([]);
    expect(
      codes(checkApproval(proposal, PARAMETERS, { fundLine: "L1", approvedBudgetCents: cents("150000.01") })),
    ).toEqual(["approvedAboveRequested"]);
  });

  it("applies the rules of the line chosen at approval, not the one requested", () => {
    const proposal = facts({ fundLine: "L1", requestedBudgetCents: cents("250000") });
    expect(
      codes(checkApproval(proposal, PARAMETERS, { fundLine: "L2", approvedBudgetCents: cents("250000") })),
    ).toEqual(["line2CeilingExceeded"]);
    expect(
      checkApproval(proposal, PARAMETERS, { fundLine: "L2", approvedBudgetCents: cents("180000") }),
    ).toEqual([]);
  });
});

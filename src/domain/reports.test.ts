import { describe, expect, it } from "vitest";
import { checkReportSubmission } from "./reportSubmission";
import { reportContentInput, reportDecisionInput, reportingRulesInput, reportListQuery } from "./reports";
import { fieldErrorsFromZod } from "./validation";

const indicators = [
  { id: "11111111-1111-4111-8111-111111111111", name: "Officials trained" },
  { id: "22222222-2222-4222-8222-222222222222", name: "Policies adopted" },
];
const none = { indicatorValues: [], areaExpenditures: [], activityExpenditures: [] };

function codes(input: unknown) {
  const parsed = reportContentInput.safeParse(input);
  return parsed.success ? [] : fieldErrorsFromZod(parsed.error).map((e) => `${e.field}:${e.code}`);
}

describe("a narrative report is complete when every indicator has a value", () => {
  it("lists each indicator without a value, by name", () => {
    const failures = checkReportSubmission(
      "narrative",
      { ...none, indicatorValues: [{ indicatorId: indicators[1]?.id ?? "" }] },
      indicators,
    );
    expect(failures).toEqual([
      expect.objectContaining({
        field: `indicatorValues.${indicators[0]?.id}`,
        code: "indicatorValueMissing",
        params: { indicator: "Officials trained" },
      }),
    ]);
  });

  it("passes with a value for each, and for a project without indicators", () => {
    const all = indicators.map((i) => ({ indicatorId: i.id }));
    expect(checkReportSubmission("narrative", { ...none, indicatorValues: all }, indicators)).toEqual([]);
    expect(checkReportSubmission("narrative", none, [])).toEqual([]);
  });

  it("does not ask a narrative report for expenditure", () => {
    expect(checkReportSubmission("narrative", none, [])).toEqual([]);
  });
});

describe("a financial report gives expenditure by area and by activity, with one total", () => {
  it.each([
    [
      "nothing given",
      none,
      ["areaExpenditures:expenditureMissing", "activityExpenditures:expenditureMissing"],
    ],
    [
      "only by area",
      { ...none, areaExpenditures: [{ amount: "10.00" }] },
      ["activityExpenditures:expenditureMissing"],
    ],
    [
      "totals differ",
      {
        ...none,
        areaExpenditures: [{ amount: "100.00" }, { amount: "50.50" }],
        activityExpenditures: [{ amount: "150.00" }],
      },
      ["activityExpenditures:expenditureTotalsDiffer"],
    ],
    [
      "same total",
      {
        ...none,
        areaExpenditures: [{ amount: "100.00" }, { amount: "50.50" }],
        activityExpenditures: [{ amount: "0.50" }, { amount: "150" }],
      },
      [],
    ],
    [
      "nothing spent yet, but said so",
      { ...none, areaExpenditures: [{ amount: "0" }], activityExpenditures: [{ amount: "0.00" }] },
      [],
    ],
  ])("%s", (_, content, expected) => {
    const failures = checkReportSubmission("financial", content, indicators);
    expect(failures.map((f) => `${f.field}:${f.code}`)).toEqual(expected);
  });

  it("names both totals when they differ", () => {
    const [failure] = checkReportSubmission(
      "financial",
      { ...none, areaExpenditures: [{ amount: "1200" }], activityExpenditures: [{ amount: "1000.5" }] },
      [],
    );
    expect(failure?.params).toEqual({ byArea: "1200.00", byActivity: "1000.50" });
  });
});

describe("report content input", () => {
  it("accepts a draft with only some fields", () => {
    expect(codes({ version: 1, challenges: "Late recruitment" })).toEqual([]);
  });

  it("refuses the same beneficiary group, area, activity or indicator twice", () => {
    const id = indicators[0]?.id;
    expect(
      codes({
        version: 1,
        indicatorValues: [
          { indicatorId: id, actual: 1 },
          { indicatorId: id, actual: 2 },
        ],
        beneficiaries: [
          { type: "GOV", sex: "all", ageGroup: "adults", number: 1 },
          { type: "GOV", sex: "all", ageGroup: "adults", number: 2 },
        ],
        areaExpenditures: [
          { area: "LHD", amount: "1" },
          { area: "LHD", amount: "2" },
        ],
        activityExpenditures: [
          { activity: "RES", amount: "1" },
          { activity: "RES", amount: "2" },
        ],
      }),
    ).toEqual([
      "indicatorValues.1.indicatorId:duplicate",
      "beneficiaries.1.type:duplicate",
      "areaExpenditures.1.area:duplicate",
      "activityExpenditures.1.activity:duplicate",
    ]);
  });

  it("refuses negative and badly written amounts and numbers", () => {
    expect(
      codes({
        version: 1,
        beneficiaries: [{ type: "GOV", sex: "all", ageGroup: "adults", number: -1 }],
        areaExpenditures: [
          { area: "LHD", amount: "-5" },
          { area: "MPR", amount: "1.234" },
        ],
        indicatorValues: [{ indicatorId: indicators[0]?.id, actual: 1e13 }],
      }),
    ).toEqual([
      "indicatorValues.0.actual:too_big",
      "beneficiaries.0.number:too_small",
      "areaExpenditures.0.amount:money",
      "areaExpenditures.1.amount:money",
    ]);
  });

  it("takes zero as a true answer", () => {
    expect(
      codes({
        version: 1,
        beneficiaries: [{ type: "GOV", sex: "female", ageGroup: "youth", number: 0 }],
        areaExpenditures: [{ area: "LHD", amount: "0" }],
      }),
    ).toEqual([]);
  });
});

describe("decisions", () => {
  it("a return needs a comment; a submission or acceptance does not", () => {
    const returned = reportDecisionInput.safeParse({ action: "return", version: 2, comment: "  " });
    expect(
      returned.success ? [] : fieldErrorsFromZod(returned.error).map((e) => `${e.field}:${e.code}`),
    ).toEqual(["comment:commentRequired"]);
    expect(reportDecisionInput.parse({ action: "accept", version: 2 })).toEqual({
      action: "accept",
      version: 2,
      comment: "",
    });
  });
});

describe("the report list query", () => {
  it("lists overdue reports by default and refuses unknown filters", () => {
    expect(reportListQuery.parse({})).toMatchObject({ state: "overdue", limit: 50, offset: 0 });
    expect(reportListQuery.parse({ state: "open", fundingYear: "2026" })).toMatchObject({
      state: "open",
      fundingYear: 2026,
    });
    expect(reportListQuery.safeParse({ stat: "due" }).success).toBe(false);
  });
});

describe("reporting rules input", () => {
  it("needs the version and lead times each once", () => {
    const rules = {
      interimPeriodMonths: 6,
      interimDueDays: 30,
      finalDueDays: 90,
      reminderLeadDays: [30, 7],
      overdueRepeatDays: 7,
    };
    expect(reportingRulesInput.safeParse(rules).success).toBe(false);
    expect(reportingRulesInput.safeParse({ ...rules, version: 1 }).success).toBe(true);
    expect(reportingRulesInput.safeParse({ ...rules, version: 1, reminderLeadDays: [7, 7] }).success).toBe(
      false,
    );
  });
});

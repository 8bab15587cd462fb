import { describe, expect, it } from "vitest";
import type { ReportDetail } from "../../../domain/reports";
import { errorsByPath, formPath, toInput, totalCents, valuesOf } from "./reportValues";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";
const C = "33333333-3333-4333-8333-333333333333";

function indicator(id: string, name: string) {
  return {
    id,
    name,
    unit: "people",
    baseline: 0,
    target: 100,
    level: "output" as const,
    result: "R",
    previousActual: null,
  };
}

const report = {
  id: "44444444-4444-4444-8444-444444444444",
  kind: "narrative",
  version: 3,
  challenges: "",
  lessonsLearned: "",
  goodPractices: "",
  indicators: [indicator(A, "Trained"), indicator(B, "Reached"), indicator(C, "Plans")],
  indicatorValues: [{ indicatorId: B, actual: 40, comment: "On track" }],
  beneficiaries: [{ type: "MIG", sex: "female", ageGroup: "adults", number: 12 }],
  targetBeneficiaries: [],
  areaExpenditures: [{ area: "OLD", amount: "10.00" }],
  activityExpenditures: [],
  projectAreas: ["LAB", "HEALTH"],
  projectActivities: [],
} as unknown as ReportDetail;

describe("the report form's values", () => {
  it("offers one row per indicator, keeping what was saved, and every budget share plus saved codes", () => {
    const values = valuesOf(report, ["X"], ["RES", "TRAIN"]);
    expect(values.indicators).toEqual([
      { indicatorId: A, actual: "", comment: "" },
      { indicatorId: B, actual: 40, comment: "On track" },
      { indicatorId: C, actual: "", comment: "" },
    ]);
    expect(values.areaExpenditures).toEqual([
      { code: "LAB", amount: "" },
      { code: "HEALTH", amount: "" },
      { code: "OLD", amount: "10.00" },
    ]);
    // A project without activity shares can still report on every activity type.
    expect(values.activityExpenditures.map((e) => e.code)).toEqual(["RES", "TRAIN"]);
  });

  it("sends only the indicators given and the narrative fields for a narrative report", () => {
    const values = valuesOf(report, [], []);
    values.indicators[2] = { indicatorId: C, actual: 0, comment: "" };
    const input = toInput("narrative", 3, values);
    expect(input.indicatorValues).toEqual([
      { indicatorId: B, actual: 40, comment: "On track" },
      { indicatorId: C, actual: 0, comment: "" },
    ]);
    expect(input).not.toHaveProperty("areaExpenditures");
  });

  it("sends only the amounts given for a financial report", () => {
    const values = valuesOf(report, [], []);
    values.areaExpenditures[0] = { code: "LAB", amount: "1200.50" };
    const input = toInput("financial", 3, values);
    expect(input).toEqual({
      version: 3,
      areaExpenditures: [
        { area: "LAB", amount: "1200.50" },
        { area: "OLD", amount: "10.00" },
      ],
      activityExpenditures: [],
    });
    expect(totalCents(values.areaExpenditures)).toBe(121_050);
  });

  it("puts the API's errors at the form's rows, whether named by index in what was sent or by indicator id", () => {
    const values = valuesOf(report, [], []);
    values.indicators[2] = { indicatorId: C, actual: -1, comment: "" };
    const sent = toInput("narrative", 3, values);
    // Sent: B at index 0, C at index 1.
    expect(formPath("indicatorValues.1.actual", sent, values)).toBe("indicators.2.actual");
    expect(formPath(`indicatorValues.${A}`, sent, values)).toBe("indicators.0.actual");
    expect(formPath("beneficiaries.0.type", sent, values)).toBe("beneficiaries.0.type");
    const financial = toInput("financial", 3, values);
    expect(formPath("areaExpenditures.0.amount", financial, values)).toBe("areaExpenditures.2.amount");
    expect(
      errorsByPath(
        [
          { field: `indicatorValues.${A}`, code: "indicatorValueMissing", message: "first" },
          { field: "indicatorValues.0.actual", code: "x", message: "second" },
        ],
        sent,
        values,
        (e) => e.message,
      ),
    ).toEqual({ "indicators.0.actual": "first", "indicators.1.actual": "second" });
  });
});

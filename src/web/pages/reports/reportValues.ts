/**
 * A report's content as the form holds it, and back as the API takes it. Inputs speak
 * number | "" and string | null; money stays a decimal string from the API to the input and back.
 */
import type { UseFormReturnType } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import type { FieldError } from "../../../domain/errors";
import { parseMoney } from "../../../domain/money";
import type { AGE_GROUPS, SEXES } from "../../../domain/project";
import type { ReportContentInput, ReportDetail } from "../../../domain/reports";

export interface IndicatorRow {
  indicatorId: string;
  actual: number | string;
  comment: string;
}

export interface ReachedRow {
  key: string;
  type: string | null;
  sex: (typeof SEXES)[number] | null;
  ageGroup: (typeof AGE_GROUPS)[number] | null;
  number: number | string;
}

export interface ExpenditureRow {
  code: string;
  amount: string;
}

export interface ReportFormValues {
  /** One per indicator of the project, in the order of `report.indicators`. */
  indicators: IndicatorRow[];
  beneficiaries: ReachedRow[];
  challenges: string;
  lessonsLearned: string;
  goodPractices: string;
  areaExpenditures: ExpenditureRow[];
  activityExpenditures: ExpenditureRow[];
}

export type ReportForm = UseFormReturnType<ReportFormValues>;

export function newReachedRow(): ReachedRow {
  return { key: randomId(), type: null, sex: null, ageGroup: null, number: "" };
}

/** The codes offered first, then any code the report already holds that the project no longer lists. */
function expenditureRows(offered: readonly string[], saved: readonly { code: string; amount: string }[]) {
  const amounts = new Map(saved.map((e) => [e.code, e.amount]));
  const codes = [...offered, ...saved.map((e) => e.code).filter((code) => !offered.includes(code))];
  return codes.map((code) => ({ code, amount: amounts.get(code) ?? "" }));
}

/**
 * The form's starting values. A project without budget shares offers every code of the reference
 * data (`allAreas`, `allActivities`), so that its expenditure can still be entered.
 */
export function valuesOf(
  report: ReportDetail,
  allAreas: readonly string[],
  allActivities: readonly string[],
): ReportFormValues {
  const actuals = new Map(report.indicatorValues.map((v) => [v.indicatorId, v]));
  return {
    indicators: report.indicators.map((indicator) => {
      const value = actuals.get(indicator.id);
      return { indicatorId: indicator.id, actual: value?.actual ?? "", comment: value?.comment ?? "" };
    }),
    // Keys by position: two reads of the same version are the same values, so nothing looks changed.
    beneficiaries: report.beneficiaries.map((b, index) => ({ key: `saved-${index}`, ...b })),
    challenges: report.challenges,
    lessonsLearned: report.lessonsLearned,
    goodPractices: report.goodPractices,
    areaExpenditures: expenditureRows(
      report.projectAreas.length > 0 ? report.projectAreas : allAreas,
      report.areaExpenditures.map((e) => ({ code: e.area, amount: e.amount })),
    ),
    activityExpenditures: expenditureRows(
      report.projectActivities.length > 0 ? report.projectActivities : allActivities,
      report.activityExpenditures.map((e) => ({ code: e.activity, amount: e.amount })),
    ),
  };
}

/**
 * What the form sends for its kind of report: the indicators and amounts left empty are not sent
 * (the submission check names what is still missing); every beneficiary row is, so that an
 * incomplete one is pointed out rather than dropped.
 */
export function toInput(
  kind: ReportDetail["kind"],
  version: number,
  values: ReportFormValues,
): ReportContentInput {
  if (kind === "financial") {
    return {
      version,
      areaExpenditures: values.areaExpenditures
        .filter((e) => e.amount !== "")
        .map((e) => ({ area: e.code, amount: e.amount })),
      activityExpenditures: values.activityExpenditures
        .filter((e) => e.amount !== "")
        .map((e) => ({ activity: e.code, amount: e.amount })),
    };
  }
  return {
    version,
    indicatorValues: values.indicators
      .filter((v) => v.actual !== "")
      .map((v) => ({ indicatorId: v.indicatorId, actual: Number(v.actual), comment: v.comment })),
    beneficiaries: values.beneficiaries.map((b) => ({
      type: b.type ?? "",
      sex: b.sex as NonNullable<ReachedRow["sex"]>,
      ageGroup: b.ageGroup as NonNullable<ReachedRow["ageGroup"]>,
      number: b.number === "" ? (undefined as unknown as number) : Number(b.number),
    })),
    challenges: values.challenges,
    lessonsLearned: values.lessonsLearned,
    goodPractices: values.goodPractices,
  };
}

/** The sum of the amounts in cents; an amount that does not parse counts as nothing. */
export function totalCents(rows: readonly ExpenditureRow[]): number {
  return rows.reduce((sum, row) => sum + (row.amount === "" ? 0 : (parseMoney(row.amount) ?? 0)), 0);
}

/**
 * Where an API error belongs in the form. The API names list items by their index in the lists
 * sent (only the filled rows), or an indicator by its id; the form's rows are all of them.
 */
export function formPath(field: string, sent: ReportContentInput, values: ReportFormValues): string | null {
  const [list, key, ...rest] = field.split(".");
  const tail = rest.length > 0 ? `.${rest.join(".")}` : "";
  if (list === "indicatorValues" && key !== undefined) {
    const id = /^\d+$/.test(key) ? sent.indicatorValues?.[Number(key)]?.indicatorId : key;
    const index = values.indicators.findIndex((v) => v.indicatorId === id);
    if (index < 0) return null;
    return `indicators.${index}.${rest[0] === "comment" ? "comment" : "actual"}`;
  }
  if ((list === "areaExpenditures" || list === "activityExpenditures") && key !== undefined) {
    const code =
      list === "areaExpenditures"
        ? sent.areaExpenditures?.[Number(key)]?.area
        : sent.activityExpenditures?.[Number(key)]?.activity;
    const index = values[list].findIndex((e) => e.code === code);
    return index < 0 ? list : `${list}.${index}.amount`;
  }
  if (list === "beneficiaries" && key !== undefined) return `beneficiaries.${key}${tail}`;
  return field === "" ? null : field;
}

/** API errors keyed by form path; the first error of each input wins. */
export function errorsByPath(
  errors: readonly FieldError[],
  sent: ReportContentInput,
  values: ReportFormValues,
  translate: (error: FieldError) => string,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) {
    const path = formPath(error.field, sent, values);
    if (path) map[path] ??= translate(error);
  }
  return map;
}

import type { UseFormReturnType } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import type { FieldError } from "../../../domain/errors";
import { formatMoney, parseMoney } from "../../../domain/money";
import {
  type AGE_GROUPS,
  type ProjectDetail,
  type ProjectInput,
  type ProjectType,
  projectInput,
  projectUpdateInput,
  type SEXES,
} from "../../../domain/project";
import { deriveRegion } from "../../../domain/region";
import { formFieldErrors } from "../../lib/fieldErrors";
import { budgetYearsInputOf, editedYearsOf } from "./budgetYearsValues";

/** Rows carry a key so that React keeps each input's focus and state when rows are removed. */
export interface ShareRow {
  key: string;
  code: string | null;
  percent: number | string;
}

export interface BeneficiaryRow {
  key: string;
  type: string | null;
  sex: (typeof SEXES)[number] | null;
  ageGroup: (typeof AGE_GROUPS)[number] | null;
  number: number | string;
}

/**
 * What the inputs hold: Mantine selects speak string | null and number inputs number | "".
 * The budget is the exception: it stays a decimal string ("180000.50") from the API to the input
 * and back, because money never goes through floating point.
 */
export interface ProjectFormValues {
  title: string;
  summary: string;
  objective: string;
  type: ProjectType | null;
  countries: string[];
  region: string | null;
  fundingYear: string | null;
  fundLine: string | null;
  requestedBudget: string;
  plannedStart: string;
  plannedEnd: string;
  pmId: string | null;
  altPmId: string | null;
  areaShares: ShareRow[];
  activityShares: ShareRow[];
  beneficiaries: BeneficiaryRow[];
  strategyPoints: string[];
  migof: string[];
  genderMarker: string | null;
  followUpOfId: string | null;
  /** The budget by year as edited; null while it follows the split by days. */
  budgetYears: string[] | null;
}

export type ProjectForm = UseFormReturnType<ProjectFormValues>;

export function newShareRow(): ShareRow {
  return { key: randomId(), code: null, percent: "" };
}

export function newBeneficiaryRow(): BeneficiaryRow {
  return { key: randomId(), type: null, sex: null, ageGroup: null, number: "" };
}

export function emptyValues(pmId: string | null): ProjectFormValues {
  return {
    title: "",
    summary: "",
    objective: "",
    type: null,
    countries: [],
    region: null,
    fundingYear: null,
    fundLine: null,
    requestedBudget: "",
    plannedStart: "",
    plannedEnd: "",
    pmId,
    altPmId: null,
    areaShares: [],
    activityShares: [],
    beneficiaries: [],
    strategyPoints: [],
    migof: [],
    genderMarker: "",
    followUpOfId: null,
    budgetYears: null,
  };
}

export function valuesFromProject(project: ProjectDetail): ProjectFormValues {
  return {
    title: project.title,
    summary: project.summary,
    objective: project.objective,
    type: project.type,
    countries: [...project.countries],
    region: project.region,
    fundingYear: String(project.fundingYear),
    fundLine: project.fundLine,
    requestedBudget: project.requestedBudget,
    plannedStart: project.plannedStart.slice(0, 10),
    plannedEnd: project.plannedEnd.slice(0, 10),
    pmId: project.pm?.id ?? null,
    altPmId: project.altPm?.id ?? null,
    areaShares: project.areaShares.map((s) => ({ key: randomId(), code: s.code, percent: s.percent })),
    activityShares: project.activityShares.map((s) => ({
      key: randomId(),
      code: s.code,
      percent: s.percent,
    })),
    beneficiaries: project.beneficiaries.map((b) => ({ key: randomId(), ...b })),
    strategyPoints: project.strategyPoints.map(String),
    migof: [...project.migof],
    genderMarker: project.genderMarker ?? "",
    followUpOfId: project.followUpOf?.id ?? null,
    budgetYears: editedYearsOf(
      project.requestedBudget,
      project.plannedStart.slice(0, 10),
      project.plannedEnd.slice(0, 10),
      project.budgetYears.map((y) => y.requested),
    ),
  };
}

const blankToUndefined = <T>(value: T | "" | null): T | undefined =>
  value === "" || value === null ? undefined : value;
const toNumber = (value: number | string): number | undefined => (value === "" ? undefined : Number(value));

/** The budget input's decimal string, in the API's money format; anything else goes as typed, for zod to name. */
function toMoney(value: string): string | undefined {
  if (value === "") return undefined;
  const cents = parseMoney(value);
  return cents === null ? value : formatMoney(cents);
}

/** The request body the inputs describe, before validation: blanks become "missing" for zod to name. */
export function toInput(values: ProjectFormValues): Record<string, unknown> {
  return {
    title: values.title,
    summary: values.summary,
    objective: values.objective,
    type: blankToUndefined(values.type),
    countries: values.countries,
    region: values.region,
    fundingYear: values.fundingYear ? Number(values.fundingYear) : undefined,
    fundLine: blankToUndefined(values.fundLine),
    requestedBudget: toMoney(values.requestedBudget),
    plannedStart: blankToUndefined(values.plannedStart),
    plannedEnd: blankToUndefined(values.plannedEnd),
    pmId: blankToUndefined(values.pmId),
    altPmId: values.altPmId,
    areaShares: values.areaShares.map((s) => ({ code: s.code ?? "", percent: toNumber(s.percent) })),
    activityShares: values.activityShares.map((s) => ({ code: s.code ?? "", percent: toNumber(s.percent) })),
    beneficiaries: values.beneficiaries.map((b) => ({
      type: b.type ?? "",
      sex: blankToUndefined(b.sex),
      ageGroup: blankToUndefined(b.ageGroup),
      number: toNumber(b.number),
    })),
    strategyPoints: values.strategyPoints.map(Number),
    migof: values.migof,
    genderMarker: values.genderMarker || null,
    followUpOfId: values.followUpOfId,
    budgetYears: budgetYearsInputOf(
      values.requestedBudget,
      values.plannedStart,
      values.plannedEnd,
      values.budgetYears,
    ),
  };
}

export type ValidationResult = { ok: true; body: ProjectInput } | { ok: false; errors: FieldError[] };

/**
 * The API's own schemas decide, so the form never accepts what the server will refuse (nor the
 * reverse); the region rule runs here too, with the countries' regions from the reference data.
 */
export function validateProject(
  values: ProjectFormValues,
  version: number | undefined,
  countryRegion: (iso3: string) => string | null,
): ValidationResult {
  const input = toInput(values);
  const result =
    version === undefined
      ? projectInput.safeParse(input, { reportInput: true })
      : projectUpdateInput.safeParse({ ...input, version }, { reportInput: true });
  const errors = result.success ? [] : formFieldErrors(result.error);
  if (values.type && !errors.some((e) => e.field === "region")) {
    const derived = deriveRegion(values.type, values.countries.map(countryRegion), values.region);
    if ("error" in derived) errors.push(derived.error);
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, body: result.data };
}

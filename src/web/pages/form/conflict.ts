import { PROJECT_FIELD_LABELS } from "../../lib/projectFieldLabels";
import { type ProjectFormValues, toInput } from "./values";

export type FormField = keyof ProjectFormValues;

const FIELDS = Object.keys(PROJECT_FIELD_LABELS) as FormField[];

export interface FieldDifference {
  field: FormField;
  /** The user changed it since the version the edit started from. */
  mine: boolean;
  /** The latest version changed it since then. */
  theirs: boolean;
}

/**
 * Fields are compared as the API would receive them, so that "180000" and "180000.00", or the
 * same rows with other React keys, count as the same value.
 */
function changes(from: ProjectFormValues, to: ProjectFormValues): Set<FormField> {
  const before = toInput(from);
  const after = toInput(to);
  return new Set(FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])));
}

/**
 * The fields where the screen ("mine") and the latest saved version differ, each with who changed
 * it since the version the edit started from ("base").
 */
export function compareWithLatest(
  base: ProjectFormValues,
  mine: ProjectFormValues,
  latest: ProjectFormValues,
): FieldDifference[] {
  const differ = changes(mine, latest);
  const changedByMe = changes(base, mine);
  const changedByThem = changes(base, latest);
  return FIELDS.filter((field) => differ.has(field)).map((field) => ({
    field,
    mine: changedByMe.has(field),
    theirs: changedByThem.has(field),
  }));
}

/**
 * The latest version with the user's changes on top: the fields the user changed keep the user's
 * values, even where the latest version changed them too; every other field takes the latest value.
 */
export function keepMineOnLatest(
  base: ProjectFormValues,
  mine: ProjectFormValues,
  latest: ProjectFormValues,
): ProjectFormValues {
  const changedByMe = changes(base, mine);
  const merged = { ...latest };
  for (const field of changedByMe) Object.assign(merged, { [field]: mine[field] });
  return merged;
}

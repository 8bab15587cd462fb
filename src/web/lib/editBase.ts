/**
 * What an editor does when the server sends a new version of the record it edits, so that nothing
 * the user typed is lost: a refetch after an attachment, a save of the user's own, another
 * person's save, a database that came back. The form never starts over by itself; it starts over
 * only when the user asks for the latest version (after a conflict).
 */
import type { UseFormReturnType } from "@mantine/form";
import { useEffect, useRef } from "react";

/** A version of the record as the form holds it. */
export interface EditBase<Values> {
  version: number;
  values: Values;
}

/** `key` is React's identity of a row, not content: the same rows with other keys are the same. */
const withoutKeys = (_name: string, value: unknown) => (_name === "key" ? undefined : value);
export const sameContent = (a: unknown, b: unknown) =>
  JSON.stringify(a, withoutKeys) === JSON.stringify(b, withoutKeys);

/**
 * A three-way merge of the form's fields. `base` is what the user started from, `mine` what the
 * screen holds, `latest` the new version. A field the new version did not change keeps what is on
 * screen; a field only the new version changed takes its value; a field both changed is a
 * conflict (unless they agree) and keeps what is on screen.
 */
export function rebaseEdits<Values extends object>(
  base: Values,
  mine: Values,
  latest: Values,
  same: (a: unknown, b: unknown) => boolean = sameContent,
): { values: Values; conflicts: (keyof Values)[] } {
  const values = { ...mine };
  const conflicts: (keyof Values)[] = [];
  for (const field of Object.keys(latest) as (keyof Values)[]) {
    if (same(base[field], latest[field])) continue;
    if (same(base[field], mine[field]) || same(mine[field], latest[field])) values[field] = latest[field];
    else conflicts.push(field);
  }
  return { values, conflicts };
}

/**
 * Keeps a Mantine form on top of the server's versions of its record. `server` must keep its
 * identity while the record does not change (useMemo on the query's data).
 *
 * - A new version whose changes do not touch what the user changed is merged in, and the edit
 *   builds on it. One that changed a field the user changed too is left out: the edit stays on its
 *   version, so that saving it gets the server's 409 and the user decides, never a silent overwrite.
 * - `saved(sent, record)` after the user's own save: fields still as they were sent take the
 *   saved values; anything typed while the save was on its way stays.
 * - `reset(record)` starts over from a version: only when the user asks for it.
 */
export function useEditBase<Values extends object>(
  form: UseFormReturnType<Values>,
  server: EditBase<Values>,
) {
  const base = useRef(server);

  const moveTo = (next: EditBase<Values>, values: Values) => {
    base.current = next;
    form.setInitialValues(next.values);
    form.setValues(values);
    form.resetDirty(next.values);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version of the record matters
  useEffect(() => {
    const from = base.current;
    if (from.version === server.version && from.values === server.values) return;
    const merged = rebaseEdits(from.values, form.getValues(), server.values);
    if (merged.conflicts.length === 0) moveTo(server, merged.values);
  }, [server]);

  return {
    /** The version the edit builds on: send it with the save. */
    version: () => base.current.version,
    saved(sent: Values, record: EditBase<Values>) {
      moveTo(record, rebaseEdits(sent, form.getValues(), record.values).values);
      form.clearErrors();
    },
    reset(record: EditBase<Values>) {
      moveTo(record, record.values);
      form.clearErrors();
    },
  };
}
